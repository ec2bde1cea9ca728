#include "ui/labs/labs_view.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/analysis/lab_summary_default.h"
#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "core/report/lab_r_code.h"
#include "ui/common/choice_box.h"
#include "ui/common/flow_layout.h"
#include "ui/common/live_plot.h"
#include "ui/common/population_box.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/r_code_dialog.h"
#include "ui/labs/lab_table_model.h"

namespace ts {
namespace {

constexpr double kPanStep = 0.1;   // fraction of the visible range per arrow key
constexpr double kZoomStep = 0.8;  // range factor per +/- key

// What a parameter known only from published summaries can show: change from baseline when the
// paper gives changes only, medians when it gives no means. Empty for patient-level parameters.
struct PublishedForm {
    bool changeOnly = true;
    bool medianOnly = true;
};

std::optional<PublishedForm> publishedForm(const StudyData& study, const std::string& param) {
    if (std::any_of(study.labs.begin(), study.labs.end(), [&](const LabRecord& r) { return r.paramcd == param; }))
        return std::nullopt;
    std::optional<PublishedForm> form;
    for (const LabSummary& s : study.labSummaries)
        if (s.paramcd == param) {
            if (!form) form = PublishedForm{};
            form->changeOnly = form->changeOnly && s.change;
            form->medianOnly = form->medianOnly && !s.mean && s.median;
        }
    return form;
}

QCheckBox* toggle(const QString& text, bool on, QWidget* parent) {
    auto* box = new QCheckBox(text, parent);
    box->setChecked(on);
    return box;
}

}  // namespace

LabsView::LabsView(QWidget* parent)
    : ViewPage(parent),
      m_param(new QComboBox(this)),
      m_population(new PopulationBox(this, {QStringLiteral("SAFFL")})),
      m_summary(new QComboBox(this)),
      m_scale(new QComboBox(this)),
      m_spaghetti(toggle(tr("Individual patients"), false, this)),
      m_reference(toggle(tr("Reference range"), true, this)),
      m_significance(toggle(tr("Mark p < 0.05"), true, this)),
      m_scheduled(toggle(tr("Scheduled visits only"), true, this)),
      m_rCode(new QPushButton(tr("R code\u2026"), this)),
      m_plot(new QCustomPlot(this)),
      m_figure(m_plot),
      m_model(new LabTableModel(this)),
      m_table(new QTableView(this)),
      m_banner(new ProvenanceBanner(this)) {
    m_param->setToolTip(tr("Laboratory parameter"));
    m_param->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_param->setMinimumContentsLength(22);
    addChoices(m_summary, labSummaries());
    addChoices(m_scale, labScales());
    auto* reset = new QPushButton(tr("Reset view"), this);
    reset->setToolTip(tr("Fit the axes to the data (Home)"));

    // Folds onto more lines in a narrow window.
    auto* bar = new FlowLayout;
    bar->addWidget(labelled(tr("Parameter"), m_param, this));
    bar->addWidget(m_population);
    bar->addWidget(m_summary);
    bar->addWidget(m_scale);
    bar->addWidget(m_spaghetti);
    bar->addWidget(m_reference);
    bar->addWidget(m_significance);
    bar->addWidget(m_scheduled);
    bar->addWidget(reset);
    m_rCode->setObjectName(QStringLiteral("rCodeButton"));
    bar->addWidget(m_rCode);

    tuneForScreen(m_plot);
    m_plot->setMinimumHeight(320);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_plot);
    split->addWidget(m_table);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 140});  // the figure first; the numbers a drag away

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_banner);

    const auto changed = QOverload<int>::of(&QComboBox::currentIndexChanged);
    for (QComboBox* box : {m_param, static_cast<QComboBox*>(m_population), m_summary, m_scale})
        connect(box, changed, this, &LabsView::recompute);
    for (QCheckBox* box : {m_spaghetti, m_reference, m_significance, m_scheduled})
        connect(box, &QCheckBox::toggled, this, &LabsView::redraw);
    connect(reset, &QPushButton::clicked, this, [this] { m_figure.resetView(); });
    connect(m_rCode, &QPushButton::clicked, this, &LabsView::showRCode);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<LabReport>>::finished, this, &LabsView::showOutcome);
    showMessage(tr("No study selected"));
}

QAbstractItemModel* LabsView::tableModel() { return m_model; }

void LabsView::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_report.reset();
    m_summarised.clear();
    {
        const QSignalBlocker block(m_param);
        m_param->clear();
        if (m_study)
            for (const auto& [code, label] : labParameters(*m_study))
                m_param->addItem(
                    label.empty() || label == code
                        ? QString::fromStdString(code)
                        : QStringLiteral("%1 — %2").arg(QString::fromStdString(code), QString::fromStdString(label)),
                    QString::fromStdString(code));
    }
    m_population->setStudy(m_study.get());  // emits no change: recompute once below
    recompute();
}

bool LabsView::setParameter(const QString& paramcd) {
    const int at = m_param->findData(paramcd);
    if (at < 0) return false;
    if (at == m_param->currentIndex()) recompute();
    m_param->setCurrentIndex(at);
    return true;
}

void LabsView::setSummary(LabSummaryKind kind) {
    m_summary->setCurrentIndex(m_summary->findData(static_cast<int>(kind)));
}
void LabsView::setScale(LabScale scale) { m_scale->setCurrentIndex(m_scale->findData(static_cast<int>(scale))); }
void LabsView::setSpaghetti(bool on) { m_spaghetti->setChecked(on); }
void LabsView::setReferenceBand(bool on) { m_reference->setChecked(on); }

void LabsView::applyArguments(const Args& args) {
    if (const auto flag = args.value("--population")) selectData(m_population, QString::fromStdString(*flag));
    if (const auto param = args.value("--param")) setParameter(QString::fromStdString(*param));
    const LabOptions o = labOptions(args);
    if (o.summary) selectData(m_summary, static_cast<int>(*o.summary));  // after the parameter's default
    setScale(o.scale);
    const LabPlotOptions shown = LabPlotOptions::of(args);
    m_spaghetti->setChecked(shown.spaghetti);
    m_reference->setChecked(shown.referenceBand);
    m_significance->setChecked(shown.significance);
    m_scheduled->setChecked(shown.scheduledOnly);
}

std::optional<std::vector<std::string>> LabsView::exportArguments() const {
    if (!m_report) return std::nullopt;
    // The report's options hold the summary it resolved (median (IQR) for a skewed test).
    std::vector<std::string> out = optionWords(m_report->options);
    const std::vector<std::string> display = plotOptions().words();
    out.insert(out.end(), display.begin(), display.end());
    return out;
}

TableText LabsView::tableText() const {
    if (!m_study || !m_report) return {};
    return TableText::of(m_study->info, LabPlot::figureTitle(*m_report), m_population->currentText(),
                         m_banner->statement());
}

LabPlotOptions LabsView::plotOptions() const {
    LabPlotOptions o;
    o.spaghetti = m_spaghetti->isChecked();
    o.referenceBand = m_reference->isChecked();
    o.significance = m_significance->isChecked();
    o.scheduledOnly = m_scheduled->isChecked();
    return o;
}

void LabsView::recompute() {
    m_banner->showSource(m_study ? &m_study->info : nullptr, m_study ? m_study->info.provenance : Provenance::Original,
                         {});
    if (!m_study) return showMessage(tr("No study selected"));
    if (m_param->count() == 0) return showMessage(tr("This study has no laboratory data"));
    LabOptions options;
    options.param = m_param->currentData().toString().toStdString();
    if (options.param != m_summarised) {
        // A new parameter (or study) starts at its expected summary: median (IQR) for skewed tests.
        m_summarised = options.param;
        const QSignalBlocker blockSummary(m_summary);
        m_summary->setCurrentIndex(m_summary->findData(static_cast<int>(defaultLabSummary(*m_study, options.param))));
    }
    if (const auto form = publishedForm(*m_study, options.param)) {
        const QSignalBlocker blockScale(m_scale), blockSummary(m_summary);
        if (form->changeOnly && m_scale->currentData().toInt() == static_cast<int>(LabScale::Value))
            m_scale->setCurrentIndex(m_scale->findData(static_cast<int>(LabScale::Change)));
        if (form->medianOnly)
            m_summary->setCurrentIndex(m_summary->findData(static_cast<int>(LabSummaryKind::MedianIqr)));
    }
    options.population = m_population->flag();
    options.summary = static_cast<LabSummaryKind>(m_summary->currentData().toInt());
    options.scale = static_cast<LabScale>(m_scale->currentData().toInt());
    m_watcher.setFuture(runAnalysis<LabReport>([study = m_study, options] { return analyseLabs(*study, options); }));
}

void LabsView::showOutcome() {
    AnalysisOutcome<LabReport> outcome = m_watcher.result();
    if (!outcome.report) {
        emit status(outcome.error);
        showMessage(outcome.error);
        return;
    }
    m_report = std::move(outcome.report);
    m_model->setReport(*m_report);
    // Say why a ticked "Reference range" draws nothing, instead of drawing nothing.
    const bool range = m_report->refLow || m_report->refHigh;
    const bool values = m_report->options.scale == LabScale::Value;
    m_reference->setEnabled(range && values);
    m_reference->setToolTip(
        !range ? tr("The data give no reference range (ANRLO / ANRHI) for %1")
                     .arg(QString::fromStdString(m_report->paramLabel.empty() ? m_report->param : m_report->paramLabel))
        : !values ? tr("The reference range applies to values, not to changes from baseline")
                  : tr("Shade the normal range (ANRLO to ANRHI)"));
    m_table->resizeColumnsToContents();
    m_banner->showSource(&m_study->info, m_report->provenance, m_report->source);
    // Published summaries have no records to recompute.
    const bool records = !m_report->visits.empty();
    m_rCode->setEnabled(records);
    m_rCode->setToolTip(records ? tr("Base R code that reproduces this table's numbers from the analysed records")
                                : tr("Published summaries are shown as published: there are no records to recompute"));
    redraw();
}

RCodeDialog* LabsView::showRCode() {
    if (!m_report || !m_study) return nullptr;
    QString error;
    RCodeDialog* dialog = RCodeDialog::open(
        this, [this] { return labRowsCsv(labRows(*m_study, m_report->options)); },
        [report = *m_report](const std::string& file) { return labRCode(report, file); },
        QStringLiteral("%1_labs_%2")
            .arg(QString::fromStdString(m_report->study), QString::fromStdString(m_report->param)),
        error);
    if (!dialog) emit status(error);
    return dialog;
}

void LabsView::redraw() {
    if (!m_report) return;
    m_figure.draw(*m_report, plotOptions());
    emit reportShown();
}

void LabsView::showMessage(const QString& message) {
    m_report.reset();
    m_rCode->setEnabled(false);
    m_model->setReport({});
    m_figure.clear(message);
}

bool LabsView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot || !m_report || !m_figure.mainRect()) return ViewPage::eventFilter(watched, event);
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        QString tip = m_figure.tooltipAt(move->position().toPoint());
        if (tip.isEmpty())
            if (const QString id = m_figure.subjectAt(move->position().toPoint()); !id.isEmpty())
                tip = tr("%1 (click for the patient profile)").arg(id.toHtmlEscaped());
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(move->globalPosition().toPoint(), tip, m_plot);
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_pressAt = static_cast<QMouseEvent*>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        // A click (not the end of a drag) on a patient's line opens that patient's profile.
        const QPoint at = static_cast<QMouseEvent*>(event)->position().toPoint();
        if ((at - m_pressAt).manhattanLength() <= 4)
            if (const QString id = m_figure.subjectAt(at); !id.isEmpty()) emit subjectActivated(id);
    } else if (event->type() == QEvent::KeyPress) {
        QCPAxis* x = m_figure.mainRect()->axis(QCPAxis::atBottom);
        QCPAxis* y = m_figure.mainRect()->axis(QCPAxis::atLeft);
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Left: x->moveRange(-kPanStep * x->range().size()); break;
        case Qt::Key_Right: x->moveRange(kPanStep * x->range().size()); break;
        case Qt::Key_Up: y->moveRange(kPanStep * y->range().size()); break;
        case Qt::Key_Down: y->moveRange(-kPanStep * y->range().size()); break;
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            x->scaleRange(kZoomStep);
            y->scaleRange(kZoomStep);
            break;
        case Qt::Key_Minus:
            x->scaleRange(1 / kZoomStep);
            y->scaleRange(1 / kZoomStep);
            break;
        case Qt::Key_Home: m_figure.resetView(); return true;
        default: return ViewPage::eventFilter(watched, event);
        }
        m_plot->replot();
        return true;
    }
    return ViewPage::eventFilter(watched, event);
}

void LabsView::changeEvent(QEvent* event) {
    // A theme switch re-renders the figure in PlotStyle::current().
    if (event->type() == QEvent::PaletteChange && m_report) redraw();
    ViewPage::changeEvent(event);
}

}  // namespace ts
