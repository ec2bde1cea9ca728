#include "ui/ae_view.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/ae_sort_proxy.h"
#include "ui/ae_table_model.h"
#include "ui/population_box.h"
#include "ui/provenance_banner.h"
#include "ui/table_export.h"

namespace ts {
namespace {

constexpr int kMaxTextColumn = 260;   // px

}  // namespace

AdverseEventsView::AdverseEventsView(QWidget* parent)
    : ViewPage(parent),
      m_level(new QComboBox(this)),
      m_population(new PopulationBox(this, {QStringLiteral("SAFFL")})),
      m_grade(new QCheckBox(tr("By grade"), this)),
      m_related(new QCheckBox(tr("By relatedness"), this)),
      m_serious(new QCheckBox(tr("Serious only"), this)),
      m_filter(new QLineEdit(this)),
      m_model(new AeTableModel(this)),
      m_proxy(new AeSortProxy(this)),
      m_table(new QTableView(this)),
      m_banner(new ProvenanceBanner(this)) {
    m_level->addItem(tr("Preferred term"), static_cast<int>(AeLevel::Term));
    m_level->addItem(tr("System organ class"), static_cast<int>(AeLevel::Soc));
    m_filter->setPlaceholderText(tr("Filter SOC or term…"));
    m_filter->setClearButtonEnabled(true);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the selected cells, or the whole table (Ctrl+C)"));
    auto* save = new QPushButton(tr("Export CSV…"), this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_population);
    bar->addWidget(m_grade);
    bar->addWidget(m_related);
    bar->addWidget(m_serious);
    bar->addWidget(m_filter, 1);
    bar->addWidget(copy);
    bar->addWidget(save);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);   // the service's order (SOC, then frequency) first
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    const auto changed = QOverload<int>::of(&QComboBox::currentIndexChanged);
    connect(m_level, changed, this, &AdverseEventsView::recompute);
    connect(m_population, changed, this, &AdverseEventsView::recompute);
    for (QCheckBox* box : {m_grade, m_related, m_serious}) connect(box, &QCheckBox::toggled, this, &AdverseEventsView::recompute);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AeSortProxy::setTextFilter);
    TableExport::bindCopy(*m_table, *copy);
    connect(save, &QPushButton::clicked, this, &AdverseEventsView::exportDialog);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<AeReport>>::finished, this, &AdverseEventsView::showOutcome);
}

QAbstractItemModel* AdverseEventsView::tableModel() { return m_proxy; }

void AdverseEventsView::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_population->setStudy(m_study.get());   // emits no change: recompute once below
    recompute();
}

void AdverseEventsView::setLevel(AeLevel level) { m_level->setCurrentIndex(m_level->findData(static_cast<int>(level))); }
void AdverseEventsView::setByGrade(bool on) { m_grade->setChecked(on); }
void AdverseEventsView::setByRelated(bool on) { m_related->setChecked(on); }
void AdverseEventsView::setSeriousOnly(bool on) { m_serious->setChecked(on); }
void AdverseEventsView::setFilterText(const QString& text) { m_filter->setText(text); }

QString AdverseEventsView::exportCsv(const QString& path) const { return TableExport::saveCsv(*m_proxy, path); }

void AdverseEventsView::recompute() {
    m_banner->showSource(m_study ? &m_study->info : nullptr, m_study ? m_study->info.provenance : Provenance::Original, {});
    if (!m_study) {
        m_model->setReport({});
        return;
    }
    AeOptions options;
    options.population = m_population->flag();
    options.level = static_cast<AeLevel>(m_level->currentData().toInt());
    options.byGrade = m_grade->isChecked();
    options.byRelated = m_related->isChecked();
    options.seriousOnly = m_serious->isChecked();
    m_watcher.setFuture(runAnalysis<AeReport>([study = m_study, options] { return analyseAdverseEvents(*study, options); }));
}

void AdverseEventsView::showOutcome() {
    AnalysisOutcome<AeReport> outcome = m_watcher.result();
    if (!outcome.report) {
        emit status(outcome.error);
        m_model->setReport({});
        return;
    }
    m_model->setReport(*outcome.report);
    m_table->resizeColumnsToContents();
    // MedDRA names run long: cap the text columns (full text in the tooltip) so the counts fit.
    for (int column : {m_model->socColumn(), m_model->termColumn()})
        if (column >= 0) m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), kMaxTextColumn));
    m_banner->showSource(&m_study->info, outcome.report->provenance, outcome.report->source);
    emit reportShown();
}

void AdverseEventsView::exportDialog() {
    const QString suggested = m_study ? QString::fromStdString(m_study->info.id) + QStringLiteral("_adverse_events.csv")
                                      : QStringLiteral("adverse_events.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export adverse events"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    const QString error = exportCsv(path);
    if (!error.isEmpty()) QMessageBox::warning(this, tr("Export failed"), error);
}

}  // namespace ts
