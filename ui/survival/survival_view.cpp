#include "ui/survival/survival_view.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/analysis/adsl_label.h"
#include "core/analysis/adsl_variables.h"
#include "core/analysis/grouping.h"
#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "core/report/survival_r_code.h"
#include "ui/common/choice_box.h"
#include "ui/common/flow_layout.h"
#include "ui/common/live_plot.h"
#include "ui/common/population_box.h"
#include "ui/common/r_code_dialog.h"
#include "ui/survival/km_drawing.h"
#include "ui/survival/km_interaction.h"
#include "ui/survival/km_text.h"
#include "ui/survival/ph_dialog.h"

namespace ts {

namespace {

QComboBox* comboBox(const QString& name, const QString& toolTip, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    if (!toolTip.isEmpty()) box->setToolTip(toolTip);
    return box;
}

QCheckBox* checkBox(const QString& text, bool on, const QString& name, QWidget* parent) {
    auto* box = new QCheckBox(text, parent);
    box->setChecked(on);
    box->setObjectName(name);
    return box;
}

TimeUnit studyUnit(const StudySource* source) { return source ? unitOfText(source->info.timeUnit) : TimeUnit::Days; }

}  // namespace

SurvivalView::SurvivalView(QWidget* parent) : ViewPage(parent) {
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("kmPlot"));
    m_plot->setMinimumSize(480, 360);
    tuneForScreen(m_plot);
    m_interaction = new KmInteraction(m_plot);
    m_plot->installEventFilter(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_message);
    layout->addWidget(m_plot, 1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SurvivalView::onAnalysed);
    connect(m_interaction, &KmInteraction::groupToggled, this, [this](int g) {
        setGroupHidden(g, !(static_cast<size_t>(g) < m_hidden.size() && m_hidden[static_cast<size_t>(g)]));
    });
    connect(m_interaction, &KmInteraction::resetRequested, this, &SurvivalView::resetView);
    setStudy(nullptr);
}

QWidget* SurvivalView::buildControls() {
    // Two groups: what is analysed, then how it is drawn; each folds onto more lines in a narrow window.
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(buildAnalysisControls(box));
    QPushButton* reset = nullptr;
    column->addLayout(buildDrawingControls(box, reset));

    for (QComboBox* combo : {m_endpoint, m_competing, m_by, static_cast<QComboBox*>(m_population), m_unit, m_scale,
                             m_confType, m_strata}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &SurvivalView::analyse);
    }
    // The competing event offered are the endpoint's siblings; what does not apply is greyed out.
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &SurvivalView::fillCompeting);
    connect(m_competing, &QComboBox::currentIndexChanged, this, &SurvivalView::enableForCompeting);
    connect(m_landmarkOn, &QCheckBox::toggled, this, &SurvivalView::analyse);
    connect(m_rmstOn, &QCheckBox::toggled, this, &SurvivalView::analyse);
    for (QDoubleSpinBox* spin : {m_rmst, m_rho})
        connect(spin, &QDoubleSpinBox::editingFinished, this, &SurvivalView::analyse);
    connect(m_landmark, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_landmarkOn->isChecked()) analyse();
    });
    for (QCheckBox* check : {m_ci, m_median, m_table, m_censor, m_rmstShade, m_stack})
        connect(check, &QCheckBox::toggled, this, [this] { redraw(true); });
    connect(m_axisMax, &QDoubleSpinBox::valueChanged, this, [this] { redraw(false); });
    connect(m_cursor, &QCheckBox::toggled, m_interaction, &KmInteraction::setCursorEnabled);
    connect(reset, &QPushButton::clicked, this, &SurvivalView::resetView);
    return box;
}

FlowLayout* SurvivalView::buildAnalysisControls(QWidget* box) {
    m_endpoint = comboBox(QStringLiteral("endpoint"), tr("Time-to-event endpoint (ADTTE PARAMCD)"), box);
    m_competing = comboBox(QStringLiteral("competing"),
                           tr("Another endpoint as a competing event (e.g. death for HCC): the curves become the "
                              "Aalen\u2013Johansen cumulative incidence, compared by Gray's test"),
                           box);
    m_stack = checkBox(tr("stacked"), false, QStringLiteral("stackCompeting"), box);
    m_stack->setToolTip(
        tr("Add the competing event's incidence on top of the endpoint's (dashed): the gap "
           "between the two curves is the competing event's cumulative incidence"));
    m_by = comboBox(QStringLiteral("by"), tr("Group the curves by any ADSL variable"), box);
    m_population = new PopulationBox(box);
    m_population->setObjectName(QStringLiteral("population"));
    m_unit = comboBox(QStringLiteral("unit"), {}, box);
    addChoices(m_unit, timeUnits());
    m_scale = comboBox(QStringLiteral("scale"), {}, box);
    m_scale->addItems({tr("Survival"), tr("Cumulative incidence")});
    m_strata =
        comboBox(QStringLiteral("strata"), tr("Stratify the log-rank test and the Cox model by an ADSL variable"), box);
    m_rho = new QDoubleSpinBox(box);
    m_rho->setObjectName(QStringLiteral("rho"));
    m_rho->setRange(0, 5);
    m_rho->setSingleStep(0.5);
    m_rho->setDecimals(1);
    m_rho->setToolTip(
        tr("Fleming\u2013Harrington \u03c1 of the test: 0 = log-rank, 1 = Peto\u2013Peto (survdiff rho)"));
    m_rmstOn = checkBox(tr("RMST to"), false, QStringLiteral("rmstOn"), box);
    m_rmstOn->setToolTip(tr("Restricted mean survival time up to \u03c4, per arm and against the reference arm"));
    m_rmst = new QDoubleSpinBox(box);
    m_rmst->setObjectName(QStringLiteral("rmst"));
    m_rmst->setRange(0.1, 1e6);
    m_rmst->setDecimals(1);
    m_rmstShade = checkBox(tr("shade"), false, QStringLiteral("rmstShade"), box);
    m_rmstShade->setToolTip(tr("Shade the area under each curve up to \u03c4: what the RMST measures"));
    auto* row = new FlowLayout;
    row->addWidget(labelled(tr("Endpoint"), m_endpoint, box));
    auto* competing = new QWidget(box);  // the choice and its stacking on one line
    auto* both = new QHBoxLayout(competing);
    both->setContentsMargins(0, 0, 0, 0);
    both->addWidget(labelled(tr("Competing"), m_competing, box));
    both->addWidget(m_stack);
    row->addWidget(competing);
    row->addWidget(labelled(tr("By"), m_by, box));
    row->addWidget(labelled(tr("Population"), m_population, box));
    row->addWidget(labelled(tr("Time in"), m_unit, box));
    row->addWidget(labelled(tr("Show"), m_scale, box));
    row->addWidget(labelled(tr("Strata"), m_strata, box));
    row->addWidget(labelled(tr("\u03c1"), m_rho, box));
    auto* rmst = new QWidget(box);  // the check box and its tau on one line
    auto* pair = new QHBoxLayout(rmst);
    pair->setContentsMargins(0, 0, 0, 0);
    pair->addWidget(m_rmstOn);
    pair->addWidget(m_rmst);
    pair->addWidget(m_rmstShade);
    row->addWidget(rmst);
    return row;
}

FlowLayout* SurvivalView::buildDrawingControls(QWidget* box, QPushButton*& reset) {
    m_ci = checkBox(tr("CI"), true, QStringLiteral("ci"), box);
    m_confType = comboBox(QStringLiteral("confType"), tr("Confidence interval transform (survfit conf.type)"), box);
    // Every transform of the table but "none": the CI check box turns the bands off.
    addChoices(m_confType, confTypes(), [](stats::ConfType t) { return t != stats::ConfType::None; });
    m_median = checkBox(tr("Medians"), true, QStringLiteral("median"), box);
    m_table = checkBox(tr("Risk table"), true, QStringLiteral("riskTable"), box);
    m_censor = checkBox(tr("Censor marks"), true, QStringLiteral("censor"), box);
    m_landmarkOn = checkBox(tr("Landmark at"), false, QStringLiteral("landmarkOn"), box);
    m_landmark = new QDoubleSpinBox(box);
    m_landmark->setObjectName(QStringLiteral("landmark"));
    m_landmark->setRange(0, 1e6);
    m_landmark->setDecimals(1);
    m_axisMax = new QDoubleSpinBox(box);
    m_axisMax->setObjectName(QStringLiteral("axisMax"));
    m_axisMax->setRange(0, 1e7);
    m_axisMax->setDecimals(1);
    m_axisMax->setSpecialValueText(tr("auto"));
    m_axisMax->setToolTip(tr("End of the time axis (auto = whole follow-up)"));
    m_cursor = checkBox(tr("Time cursor"), false, QStringLiteral("cursor"), box);
    m_cursor->setToolTip(tr("A vertical cursor reading out every arm at the time under the mouse"));
    reset = new QPushButton(tr("Reset view"), box);
    reset->setToolTip(tr("Back to the whole follow-up (Home)"));
    auto* ph = new QPushButton(tr("PH diagnostics\u2026"), box);
    ph->setObjectName(QStringLiteral("phButton"));
    ph->setToolTip(tr("Proportional hazards: cox.zph tests, log(\u2212log) survival and Schoenfeld residual plots"));
    connect(ph, &QPushButton::clicked, this, &SurvivalView::showPhDiagnostics);
    auto* rCode = new QPushButton(tr("R code\u2026"), box);
    rCode->setObjectName(QStringLiteral("rCodeButton"));
    rCode->setToolTip(tr("R code (base R and survival) that reproduces this view's numbers from its data"));
    connect(rCode, &QPushButton::clicked, this, &SurvivalView::showRCode);
    auto* row = new FlowLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ci, m_confType, m_median, m_table, m_censor, m_landmarkOn, m_landmark})
        row->addWidget(w);
    row->addWidget(labelled(tr("Axis to"), m_axisMax, box));
    row->addWidget(m_cursor);
    row->addWidget(reset);
    row->addWidget(ph);
    row->addWidget(rCode);
    return row;
}

void SurvivalView::setStudy(std::shared_ptr<const StudyData> study) { setSource(loadedSource(std::move(study))); }

void SurvivalView::setSource(std::shared_ptr<const StudySource> source) {
    m_source = std::move(source);
    m_report.reset();
    m_hidden.clear();
    fillChoices();
    if (m_source) applyRestore();
    analyse();
}

void SurvivalView::applyArguments(const Args& args) {
    const SurvivalOptions o = survivalOptions(args);
    auto q = [](const std::string& s) { return QString::fromStdString(s); };
    if (!o.endpoint.empty()) selectData(m_endpoint, q(o.endpoint));
    selectData(m_competing, q(o.competing));
    selectData(m_by, q(o.by));
    selectData(m_population, q(o.population));
    selectData(m_strata, q(o.strata));
    if (o.conf != stats::ConfType::None) selectData(m_confType, static_cast<int>(o.conf));
    m_scale->setCurrentIndex(o.cumulativeIncidence ? 1 : 0);
    if (const auto unit = displayUnit(args)) selectData(m_unit, static_cast<int>(*unit));
    // Times in the options are the study's unit; the boxes show the display unit.
    const double toDisplay =
        1 / unitFactor(static_cast<TimeUnit>(m_unit->currentData().toInt()), studyUnit(m_source.get()));
    m_rho->setValue(o.rho);
    m_landmarkOn->setChecked(o.landmark.has_value());
    if (o.landmark) m_landmark->setValue(*o.landmark * toDisplay);
    if (o.rmstTau) m_rmst->setValue(*o.rmstTau * toDisplay);
    m_rmstOn->setChecked(o.rmstTau.has_value());
    const SurvivalDrawing shown = SurvivalDrawing::of(args);
    m_ci->setChecked(shown.ci);
    m_median->setChecked(shown.medianLines);
    m_table->setChecked(shown.riskTable);
    m_censor->setChecked(shown.censorTicks);
    m_rmstShade->setChecked(shown.rmstShade);
    m_stack->setChecked(shown.stackCompeting);
    m_axisMax->setValue(shown.xMax.value_or(0));
    m_hideOnNext = shown.hidden;
}

void SurvivalView::fillChoices() {
    const QSignalBlocker b1(m_endpoint), b2(m_by), b3(m_unit), b4(m_population), b5(m_axisMax), b6(m_landmarkOn),
        b7(m_strata), b8(m_rmstOn);
    const QString keepEndpoint = m_endpoint->currentData().toString();
    const QString keepBy = m_by->currentData().toString();
    m_endpoint->clear();
    m_by->clear();
    m_by->addItem(tr("Treatment (default)"), QString());
    m_strata->clear();
    m_strata->addItem(tr("none"), QString());
    m_rmstOn->setChecked(false);
    m_population->setOverview(m_source ? &m_source->overview() : nullptr);
    m_axisMax->setValue(0);
    m_landmarkOn->setChecked(false);
    if (!m_source) return;
    for (const auto& [code, label] : m_source->overview().endpoints) {
        const QString c = QString::fromStdString(code);
        m_endpoint->addItem(label.empty() ? c : QStringLiteral("%1 (%2)").arg(QString::fromStdString(label), c), c);
    }
    for (const std::string& v : groupingVariables(m_source->overview().adslLevels)) {
        const QString text = QString::fromStdString(variableChoice(m_source->overview().info, v));
        m_by->addItem(text, QString::fromStdString(v));
        m_strata->addItem(text, QString::fromStdString(v));
    }
    // The endpoint shown before, else the study's own default (OS where present, else the first).
    int at = m_endpoint->findData(keepEndpoint);
    if (at < 0) at = m_endpoint->findData(QString::fromStdString(defaultEndpoint(m_source->overview().endpoints)));
    m_endpoint->setCurrentIndex(std::max(0, at));
    m_by->setCurrentIndex(std::max(0, m_by->findData(keepBy)));
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(studyUnit(m_source.get()))));
    fillCompeting();
}

void SurvivalView::fillCompeting() {
    const QSignalBlocker block(m_competing);
    const QString keep = m_competing->currentData().toString();
    m_competing->clear();
    m_competing->addItem(tr("none"), QString());
    if (m_source)
        for (const auto& [code, label] : m_source->overview().endpoints) {
            const QString c = QString::fromStdString(code);
            if (c != m_endpoint->currentData().toString())
                m_competing->addItem(label.empty() ? c : QString::fromStdString(label), c);
        }
    m_competing->setCurrentIndex(std::max(0, m_competing->findData(keep)));
    m_competing->setEnabled(m_competing->count() > 1);
    enableForCompeting();
}

// With a competing event the figure is the incidence of the endpoint: survival scale, medians,
// strata, weights, RMST and landmark do not apply to it.
void SurvivalView::enableForCompeting() {
    const bool competing = !m_competing->currentData().toString().isEmpty();
    m_stack->setEnabled(competing);
    const QString why = competing ? tr("Not with a competing event") : QString();
    for (QWidget* w : std::initializer_list<QWidget*>{m_scale, m_median, m_strata, m_rho, m_rmstOn, m_rmst, m_rmstShade,
                                                      m_landmarkOn, m_landmark, m_confType}) {
        w->setEnabled(!competing);
        w->setStatusTip(why);
    }
}

SurvivalOptions SurvivalView::analysisOptions() const {
    SurvivalOptions o;
    o.endpoint = m_endpoint->currentData().toString().toStdString();
    o.competing = m_competing->currentData().toString().toStdString();
    o.by = m_by->currentData().toString().toStdString();
    o.population = m_population->flag();
    o.conf = static_cast<stats::ConfType>(m_confType->currentData().toInt());
    o.cumulativeIncidence = m_scale->currentIndex() == 1;
    const double toReport = unitFactor(static_cast<TimeUnit>(m_unit->currentData().toInt()), studyUnit(m_source.get()));
    if (m_landmarkOn->isChecked() && m_landmark->value() > 0) o.landmark = m_landmark->value() * toReport;
    o.strata = m_strata->currentData().toString().toStdString();
    o.rho = m_rho->value();
    if (m_rmstOn->isChecked()) o.rmstTau = m_rmst->value() * toReport;
    o.phTest = m_ph && m_ph->isVisible();
    return o;
}

std::optional<std::vector<std::string>> SurvivalView::exportArguments() const {
    if (!m_report) return std::nullopt;
    SurvivalOptions shown = m_report->options;  // what the shown figure analysed
    shown.times.clear();                        // filled in by the analysis for the risk table's columns
    shown.phTest = false;                       // a window of its own, not part of the figure
    std::vector<std::string> out = optionWords(shown);
    out.insert(out.end(),
               {"--unit", std::string(timeUnits().name(static_cast<TimeUnit>(m_unit->currentData().toInt())))});
    SurvivalDrawing drawing;
    drawing.ci = m_ci->isChecked();
    drawing.medianLines = m_median->isChecked();
    drawing.riskTable = m_table->isChecked();
    drawing.censorTicks = m_censor->isChecked();
    drawing.rmstShade = m_rmstShade->isChecked() && m_report->options.rmstTau;
    drawing.stackCompeting = m_stack->isChecked() && m_report->competing;
    if (m_axisMax->value() > 0) drawing.xMax = m_axisMax->value();
    for (std::size_t g = 0; g < m_hidden.size() && g < m_report->groups.size(); ++g)
        if (m_hidden[g]) drawing.hidden.push_back(m_report->groups[g].name);
    const std::vector<std::string> display = drawing.words();
    out.insert(out.end(), display.begin(), display.end());
    return out;
}

KmPlotOptions SurvivalView::displayOptions(bool keepRange) const {
    KmPlotOptions o;
    o.ci = m_ci->isChecked();
    o.medianLines = m_median->isChecked();
    o.riskTable = m_table->isChecked();
    o.censorTicks = m_censor->isChecked();
    o.rmstShade = m_rmstShade->isChecked();
    o.stackCompeting = m_stack->isChecked();
    o.unit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    o.hidden = m_hidden;
    if (m_report) o.title = survivalTitle(*m_report);
    if (m_source) o.citation = QString::fromStdString(m_source->info.citation);
    if (keepRange && m_items.main) {
        o.xRange = m_items.main->axis(QCPAxis::atBottom)->range();
        o.yRange = m_items.main->axis(QCPAxis::atLeft)->range();
    } else if (m_axisMax->value() > 0) {
        o.xRange = QCPRange(-0.03 * m_axisMax->value(), m_axisMax->value());
    }
    return o;
}

void SurvivalView::analyse() {
    if (!m_source || m_endpoint->count() == 0) {
        m_report.reset();
        m_watcher.setFuture(QFuture<AnalysisOutcome<SurvivalReport>>());
        m_message->setText(m_source ? tr("This study has no patient-level time-to-event data.")
                                    : tr("No study selected."));
        m_message->setVisible(true);
        redraw(false);
        return;
    }
    SurvivalOptions options = analysisOptions();
    // Risk-table columns at natural steps of the display unit (columnTimes, as every export).
    options.unit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    // The worker reads only the columns this question needs (the endpoint, the grouping and the
    // population), from the store for a study not loaded whole.
    m_watcher.setFuture(runAnalysis<SurvivalReport>([source = m_source, options] {
        SurvivalSlice slice = source->survival(options.endpoint, survivalInputs(options));
        if (!options.competing.empty()) slice.competing = source->survival(options.competing, {}).tte;
        return analyseSurvival(slice, options);
    }));
}

void SurvivalView::onAnalysed() {
    if (m_watcher.future().resultCount() == 0) return;  // superseded or cleared
    AnalysisOutcome<SurvivalReport> outcome = m_watcher.result();
    const size_t before = m_report ? m_report->groups.size() : 0;
    m_report = std::move(outcome.report);
    if (!m_report || m_report->groups.size() != before) m_hidden.clear();
    if (m_report && !m_hideOnNext.empty()) {
        m_hidden.assign(m_report->groups.size(), false);
        for (std::size_t g = 0; g < m_report->groups.size(); ++g)
            m_hidden[g] =
                std::find(m_hideOnNext.begin(), m_hideOnNext.end(), m_report->groups[g].name) != m_hideOnNext.end();
        m_hideOnNext.clear();
    }
    m_message->setText(outcome.error);
    m_message->setVisible(!outcome.error.isEmpty());
    if (!outcome.error.isEmpty()) emit status(outcome.error);
    redraw(false);
}

void SurvivalView::redraw(bool keepRange) {
    if (!m_report) {
        KmPlot::clear(m_plot);
        m_items = {};
        m_interaction->attach(nullptr, m_items, {});
        m_plot->replot();
        emit reportShown();
        return;
    }
    m_items = KmPlot::render(m_plot, *m_report, displayOptions(keepRange));
    m_interaction->attach(&*m_report, m_items, m_hidden);
    m_plot->replot();
    if (m_ph && m_ph->isVisible())
        m_ph->setReport(&*m_report, m_items.timeFactor, m_items.unit,
                        m_report->competing ? tr("Not with a competing event: proportional hazards concern the Cox "
                                                 "model of the endpoint alone.")
                                            : QString());
    emit reportShown();
}

PhDialog* SurvivalView::showPhDiagnostics() {
    if (!m_ph) m_ph = new PhDialog(this);
    m_ph->show();
    m_ph->raise();
    analyse();  // again, with the PH test
    return m_ph;
}

RCodeDialog* SurvivalView::showRCode() {
    if (!m_report || !m_source) return nullptr;
    QString error;
    RCodeDialog* dialog = RCodeDialog::open(
        this, [&] { return survivalRowsCsv(survivalRows(*m_source->data(), m_report->options)); },
        [report = *m_report](const std::string& file) { return survivalRCode(report, file); },
        QStringLiteral("%1_km_%2")
            .arg(QString::fromStdString(m_report->study), QString::fromStdString(m_report->endpoint)),
        error);
    if (!dialog) emit status(error);
    return dialog;
}

QString SurvivalView::errorText() const { return m_message->isVisible() ? m_message->text() : QString(); }

void SurvivalView::setGroupHidden(int group, bool hidden) {
    if (!m_report || group < 0 || static_cast<size_t>(group) >= m_report->groups.size()) return;
    m_hidden.resize(m_report->groups.size(), false);
    m_hidden[static_cast<size_t>(group)] = hidden;
    redraw(true);
}

void SurvivalView::resetView() { redraw(false); }

bool SurvivalView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::Resize && m_report && m_items.table &&
        KmPlot::fullRiskTable(m_plot, *m_report, displayOptions(true)) != m_items.riskTableFull)
        redraw(true);
    return ViewPage::eventFilter(watched, event);
}

void SurvivalView::changeEvent(QEvent* event) {
    ViewPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_report) redraw(true);
}

}  // namespace ts
