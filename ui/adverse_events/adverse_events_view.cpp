#include "ui/adverse_events/adverse_events_view.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "core/report/ae_r_code.h"
#include "ui/adverse_events/ae_dot_page.h"
#include "ui/adverse_events/ae_overview_model.h"
#include "ui/adverse_events/ae_sort_proxy.h"
#include "ui/adverse_events/ae_table_model.h"
#include "ui/common/choice_box.h"
#include "ui/common/header_width.h"
#include "ui/common/population_box.h"
#include "ui/common/r_code_dialog.h"

namespace ts {

AdverseEventsView::AdverseEventsView(QWidget* parent)
    : TablePage(parent, {QStringLiteral("SAFFL")}, QStringLiteral("adverse_events")),
      m_level(new QComboBox(this)),
      m_grade(new QCheckBox(tr("By grade"), this)),
      m_worst(new QCheckBox(tr("Worst severity"), this)),
      m_nested(new QCheckBox(tr("Nested"), this)),
      m_showOverview(new QCheckBox(tr("Overview"), this)),
      m_related(new QCheckBox(tr("By relatedness"), this)),
      m_serious(new QCheckBox(tr("Serious only"), this)),
      m_showDots(new QCheckBox(tr("Dot plot"), this)),
      m_dots(new AeDotPage(this)),
      m_filter(new QLineEdit(this)),
      m_rCode(new QPushButton(tr("R code\u2026"), this)),
      m_overview(new QTableView(this)),
      m_overviewModel(new AeOverviewModel(this)),
      m_model(new AeTableModel(this)),
      m_proxy(new AeSortProxy(this)) {
    addChoices(m_level, aeLevels());
    m_filter->setPlaceholderText(tr("Filter SOC or term…"));
    m_filter->setClearButtonEnabled(true);
    m_grade->setToolTip(tr("One row per grade or severity: a subject counts under every level they had"));
    m_worst->setToolTip(tr("Each subject counted once, at the worst severity or grade of their events (AET04)"));
    m_nested->setToolTip(
        tr("Each system organ class with its subjects and events, its preferred terms beneath, by frequency (AET02)"));
    m_showOverview->setChecked(true);
    m_showOverview->setToolTip(tr("Subjects with any, serious, related, severe, fatal events and deaths (AET01)"));
    m_showDots->setObjectName(QStringLiteral("dotPlot"));
    m_showDots->setToolTip(
        tr("Per preferred term, each group's incidence and an arm's risk against the control "
           "with its CI (or a volcano)"));
    for (QWidget* control : std::initializer_list<QWidget*>{m_showOverview, m_level, m_nested, m_grade, m_worst,
                                                            m_related, m_serious, m_showDots})
        addControl(control);
    m_filter->setMinimumWidth(240);
    addControl(m_filter);
    m_rCode->setObjectName(QStringLiteral("rCodeButton"));
    m_rCode->setEnabled(false);
    addControl(m_rCode);
    connect(m_rCode, &QPushButton::clicked, this, &AdverseEventsView::showRCode);

    // The overview (AET01) sits above the SOC / term table, as in a safety report.
    m_overview->setModel(m_overviewModel);
    m_overview->verticalHeader()->hide();
    m_overview->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_overview->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_overview->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_overview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Compact rows: the overview must leave the SOC / term table most of a 768-pixel screen.
    m_overview->verticalHeader()->setDefaultSectionSize(m_overview->fontMetrics().height() + 6);
    connect(m_showOverview, &QCheckBox::toggled, this,
            [this](bool on) { m_overview->setVisible(on && m_overviewModel->rowCount() > 0); });
    m_overview->hide();
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        box->insertWidget(1, m_overview);
        box->insertWidget(3, m_dots, 1);  // below the table, which it replaces when shown
    }
    m_dots->hide();
    connect(m_showDots, &QCheckBox::toggled, this, &AdverseEventsView::showDots);
    connect(m_dots, &AeDotPage::termChosen, this, [this](const QString& soc, const QString& term) {
        if (!m_study || m_study->aes.empty()) return;
        AeOptions o = m_dots->options().table;
        o.level = AeLevel::Term;
        o.nested = false;
        AeRow row;
        row.soc = soc.toStdString();
        row.term = term.toStdString();
        QStringList ids;
        for (const std::string& id : aeRowSubjects(*m_study, o, row)) ids << QString::fromStdString(id);
        openSubjects(ids);
    });
    connect(m_dots, &AeDotPage::reportShown, this, &TablePage::reportShown);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the service's order (SOC, then frequency) first
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    // The sort arrow's room moves with the sorted column.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &AdverseEventsView::fitColumns);

    connect(m_level, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &AdverseEventsView::recompute);
    for (QCheckBox* box : {m_nested, m_grade, m_worst, m_related, m_serious})
        connect(box, &QCheckBox::toggled, this, &AdverseEventsView::recompute);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AeSortProxy::setTextFilter);
    connect(m_table, &QTableView::doubleClicked, this, &AdverseEventsView::openSubjectOf);
    m_table->setToolTip(tr("Double-click a row for the profile of a subject with that event"));
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<AeReport>>::finished, this, &AdverseEventsView::showOutcome);
}

QAbstractItemModel* AdverseEventsView::tableModel() { return m_proxy; }

QCustomPlot* AdverseEventsView::plot() { return m_showDots->isChecked() ? m_dots->plot() : nullptr; }

void AdverseEventsView::showDots(bool on) {
    m_table->setVisible(!on);
    m_overview->setVisible(!on && m_showOverview->isChecked() && m_overviewModel->rowCount() > 0);
    // The table's own arrangement does not apply to the plot.
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_level, m_nested, m_grade, m_worst, m_related, m_showOverview, m_filter})
        w->setEnabled(!on);
    m_dots->setVisible(on);
}

void AdverseEventsView::setDotPlot(bool on) { m_showDots->setChecked(on); }

void AdverseEventsView::applyArguments(const Args& args) {
    TablePage::applyArguments(args);
    selectChoice(m_level, aeLevels(), args);
    const std::pair<QCheckBox*, const char*> flags[] = {{m_grade, "--grade"},
                                                        {m_related, "--related"},
                                                        {m_serious, "--serious"},
                                                        {m_worst, "--highest"},
                                                        {m_nested, "--nested"}};
    for (const auto& [box, name] : flags) box->setChecked(args.flag(name));
    m_dots->apply(args);
    m_showDots->setChecked(args.flag("--dot-plot"));
    const AeSortProxy::Arrangement shown = AeSortProxy::Arrangement::of(args);
    m_filter->setText(shown.filter);
    m_table->sortByColumn(shown.column, shown.order);
}

std::optional<std::vector<std::string>> AdverseEventsView::exportArguments() const {
    if (m_showDots->isChecked()) {
        if (!m_dots->report()) return std::nullopt;
        return m_dots->words();
    }
    if (m_model->rowCount() == 0) return std::nullopt;
    std::vector<std::string> out = optionWords(m_model->report().options);
    const std::vector<std::string> shown = m_proxy->arrangement().words();
    out.insert(out.end(), shown.begin(), shown.end());
    return out;
}

void AdverseEventsView::setLevel(AeLevel level) {
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(level)));
}
void AdverseEventsView::setByGrade(bool on) { m_grade->setChecked(on); }
void AdverseEventsView::setWorstSeverity(bool on) { m_worst->setChecked(on); }
void AdverseEventsView::setNested(bool on) { m_nested->setChecked(on); }
void AdverseEventsView::setByRelated(bool on) { m_related->setChecked(on); }
void AdverseEventsView::setSeriousOnly(bool on) { m_serious->setChecked(on); }
void AdverseEventsView::setFilterText(const QString& text) { m_filter->setText(text); }

void AdverseEventsView::recompute() {
    if (!startRecompute()) return m_model->setReport({});
    AeOptions options;
    options.population = m_population->flag();
    options.source = source();
    options.level = static_cast<AeLevel>(m_level->currentData().toInt());
    options.byGrade = m_grade->isChecked();
    options.highest = m_worst->isChecked();
    options.overview = true;
    // Nesting needs the term level and rows that are not split by grade or relatedness.
    const bool nestable = options.level == AeLevel::Term && !m_grade->isChecked() && !m_related->isChecked();
    m_nested->setEnabled(nestable);
    options.nested = nestable && m_nested->isChecked();
    options.byRelated = m_related->isChecked();
    options.seriousOnly = m_serious->isChecked();
    m_dots->setData(m_study, options);
    if (m_showDots->isChecked()) m_table->hide();
    m_watcher.setFuture(
        runAnalysis<AeReport>([study = m_study, options] { return analyseAdverseEvents(*study, options); }));
}

void AdverseEventsView::showOutcome() {
    const AnalysisOutcome<AeReport> outcome = m_watcher.result();
    m_model->setReport(outcome.report.value_or(AeReport{}));
    m_rCode->setEnabled(false);
    m_overviewModel->setOverview(outcome.report ? outcome.report->overview : std::vector<AeOverviewRow>{},
                                 outcome.report && outcome.report->severityScale == "grade");
    m_overview->setVisible(!m_showDots->isChecked() && m_showOverview->isChecked() && m_overviewModel->rowCount() > 0);
    if (!outcome.report) return showFailure(outcome.error);
    m_overview->resizeColumnsToContents();
    m_overview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fitColumns();
    showReport(outcome.report->provenance, outcome.report->source);
    const bool records = !m_study->aes.empty() && outcome.report->options.source != DataSource::Published;
    m_rCode->setEnabled(records);
    m_rCode->setToolTip(records ? tr("Base R code that reproduces these tables' numbers from the subject-level records")
                                : tr("Published counts are shown as published: there are no records to recompute"));
}

RCodeDialog* AdverseEventsView::showRCode() {
    if (!m_study || m_model->rowCount() == 0) return nullptr;
    AeReport report = m_model->report();
    report.options.overview = m_showOverview->isChecked();  // the overview's code only when it is shown
    QString error;
    RCodeDialog* dialog = RCodeDialog::open(
        this, [this, &report] { return aeRowsCsv(aeRows(*m_study, report.options)); },
        [report](const std::string& file) { return aeRCode(report, file); },
        QStringLiteral("%1_ae").arg(QString::fromStdString(report.study)), error);
    if (!dialog) emit status(error);
    return dialog;
}

// A journal AE table: counts columns as wide as their cells and header lines (Qt's own fit would
// reserve the header's height again for the sort arrow), the SOC and term columns share what is
// left of the view (elided; the tooltip holds the full name).
void AdverseEventsView::fitColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemView& cells = *m_table;  // QTableView hides sizeHintForColumn
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        const bool text = column == m_model->socColumn() || column == m_model->termColumn();
        header->setSectionResizeMode(column, text ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (text) continue;
        // The header's text whole, the arrow's room on the sorted section only (header_width.h): a
        // width from the font metrics alone clipped a sorted header ("anomelin" for "Xanomeline").
        m_table->setColumnWidth(column, std::max(cells.sizeHintForColumn(column), headerWidth(*header, column)));
    }
}

QStringList AdverseEventsView::subjectsOfRow(int row) const {
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
    if (!m_study || !source.isValid() || source.row() == 0) return {};  // row 0: the totals
    const AeReport& report = m_model->report();
    if (m_study->aes.empty()) return {};  // published counts: no subjects behind them
    QStringList out;
    for (const std::string& id :
         aeRowSubjects(*m_study, report.options, report.rows[static_cast<std::size_t>(source.row() - 1)]))
        out << QString::fromStdString(id);
    return out;
}

void AdverseEventsView::openSubjectOf(const QModelIndex& index) { openSubjects(subjectsOfRow(index.row())); }

void AdverseEventsView::openSubjects(const QStringList& ids) {
    if (ids.size() == 1) return emit subjectActivated(ids.front());
    if (ids.isEmpty()) return;
    QMenu menu(this);
    menu.addSection(tr("Profile of"));
    for (const QString& id : ids) menu.addAction(id, this, [this, id] { emit subjectActivated(id); });
    menu.exec(QCursor::pos());
}

}  // namespace ts
