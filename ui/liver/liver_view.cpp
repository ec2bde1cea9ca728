#include "ui/liver/liver_view.h"

#include <algorithm>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_event.h"
#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "ui/common/choice_box.h"
#include "ui/common/flow_layout.h"
#include "ui/common/live_plot.h"
#include "ui/common/population_box.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/settings.h"
#include "ui/liver/hys_law_table_model.h"
#include "ui/liver/liver_event_figure.h"
#include "ui/liver/liver_params_dialog.h"
#include "ui/liver/quadrant_table_model.h"
#include "ui/liver/shift_table_model.h"
#include "ui/survival/km_plot.h"

namespace ts {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QDoubleSpinBox* cutBox(double value, const QString& tip, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.1, 1000);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" \u00d7"));
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

QTableView* tableView(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setWordWrap(false);
    return view;
}

void fillParams(QComboBox* box, const std::vector<std::pair<std::string, std::string>>& params, const QString& keep) {
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [code, label] : params)
        box->addItem(
            label.empty() || label == code ? qs(code) : QStringLiteral("%1 \u2014 %2").arg(qs(code), qs(label)),
            qs(code));
    box->setCurrentIndex(std::max(0, box->findData(keep)));
}

}  // namespace

LiverView::LiverView(QWidget* parent)
    : ViewPage(parent),
      m_population(new PopulationBox(this, {QStringLiteral("SAFFL")})),
      m_x(new QComboBox(this)),
      m_reference(new QComboBox(this)),
      m_xCut(cutBox(3, tr("Cut-off on the x axis (multiple of the reference)"), this)),
      m_yCut(cutBox(2, tr("Cut-off on the bilirubin axis (multiple of the reference)"), this)),
      m_panels(new QTabWidget(this)),
      m_plot(new QCustomPlot(this)),
      m_figure(m_plot),
      m_quadrantModel(new QuadrantTableModel(this)),
      m_quadrantTable(tableView(m_quadrantModel, this)),
      m_hysModel(new HysLawTableModel(this)),
      m_hysTable(tableView(m_hysModel, this)),
      m_shiftParam(new QComboBox(this)),
      m_direction(new QComboBox(this)),
      m_scale(new QComboBox(this)),
      m_shiftModel(new ShiftTableModel(this)),
      m_shiftTable(tableView(m_shiftModel, this)),
      m_shiftNote(new QLabel(this)),
      m_eventParam(new QComboBox(this)),
      m_eventMultiple(cutBox(3, tr("The event: a value at or above this multiple of ULN"), this)),
      m_eventPlot(new QCustomPlot(this)),
      m_eventNote(new QLabel(this)),
      m_banner(new ProvenanceBanner(this)) {
    addChoices(m_x, liverXs());
    addChoices(m_reference, liverReferences());
    m_x->setToolTip(tr("The aminotransferase on the x axis"));
    m_reference->setToolTip(tr("Multiples of the upper limit of normal (eDISH) or of each subject's baseline (mDISH)"));
    auto* tests = new QPushButton(tr("Tests\u2026"), this);
    tests->setToolTip(tr("Which lab parameters are ALT, AST, bilirubin and ALP in this study"));
    auto* reset = new QPushButton(tr("Reset view"), this);

    auto* bar = new FlowLayout;
    bar->addWidget(m_population);
    bar->addWidget(labelled(tr("x"), m_x, this));
    bar->addWidget(labelled(tr("Reference"), m_reference, this));
    bar->addWidget(labelled(tr("x cut-off"), m_xCut, this));
    bar->addWidget(labelled(tr("Bilirubin cut-off"), m_yCut, this));
    bar->addWidget(tests);
    bar->addWidget(reset);

    m_panels->addTab(buildEdishPanel(), tr("eDISH"));
    m_panels->addTab(buildShiftPanel(), tr("Shift table"));
    m_panels->addTab(buildEventPanel(), tr("Time to liver event"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_panels, 1);
    layout->addWidget(m_banner);

    const auto changed = QOverload<int>::of(&QComboBox::currentIndexChanged);
    connect(m_population, changed, this, [this] {
        recompute();
        recomputeShift();
        recomputeEvent();
    });
    connect(m_x, changed, this, &LiverView::recompute);
    connect(m_reference, changed, this, [this] {
        const auto ref = static_cast<LiverReference>(m_reference->currentData().toInt());
        const QSignalBlocker bx(m_xCut), by(m_yCut);
        m_xCut->setValue(defaultXCut(ref));
        m_yCut->setValue(defaultYCut(ref));
        recompute();
    });
    for (QDoubleSpinBox* box : {m_xCut, m_yCut})
        connect(box, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &LiverView::recompute);
    connect(tests, &QPushButton::clicked, this, &LiverView::editParams);
    connect(reset, &QPushButton::clicked, this, [this] { m_figure.resetView(); });
    connect(m_hysTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { emit subjectActivated(m_hysModel->subjectAt(index.row())); });
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<LiverReport>>::finished, this, &LiverView::showOutcome);
    connect(&m_shiftWatcher, &QFutureWatcher<AnalysisOutcome<ShiftReport>>::finished, this, &LiverView::showShift);
    connect(&m_eventWatcher, &QFutureWatcher<AnalysisOutcome<SurvivalReport>>::finished, this,
            &LiverView::showEventCurve);
    showMessage(tr("No study selected"));
}

QWidget* LiverView::buildEdishPanel() {
    tuneForScreen(m_plot);
    m_plot->setMinimumSize(360, 320);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Subjects by quadrant</b>"), side));
    sideLayout->addWidget(m_quadrantTable, 2);
    auto* hysTitle = new QLabel(tr("<b>Possible Hy\u2019s law range</b> (double-click a subject for the profile; "
                                   "tinted: ALP \u2265 2 \u00d7 ULN, a cholestatic component)"),
                                side);
    hysTitle->setWordWrap(true);
    sideLayout->addWidget(hysTitle);
    sideLayout->addWidget(m_hysTable, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("edishSplit"));
    split->addWidget(m_plot);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget* LiverView::buildShiftPanel() {
    auto* panel = new QWidget(this);
    addChoices(m_direction, shiftDirections());
    addChoices(m_scale, shiftScales());
    m_shiftParam->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_shiftParam->setMinimumContentsLength(20);
    auto* bar = new FlowLayout;
    bar->addWidget(labelled(tr("Parameter"), m_shiftParam, panel));
    bar->addWidget(labelled(tr("Direction"), m_direction, panel));
    bar->addWidget(labelled(tr("Categories"), m_scale, panel));
    m_shiftNote->setWordWrap(true);
    auto* layout = new QVBoxLayout(panel);
    layout->addLayout(bar);
    layout->addWidget(m_shiftTable, 1);
    layout->addWidget(m_shiftNote);
    const auto changed = QOverload<int>::of(&QComboBox::currentIndexChanged);
    for (QComboBox* box : {m_shiftParam, m_direction, m_scale}) connect(box, changed, this, &LiverView::recomputeShift);
    return panel;
}

QWidget* LiverView::buildEventPanel() {
    auto* panel = new QWidget(this);
    m_eventParam->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventParam->setMinimumContentsLength(20);
    auto* bar = new FlowLayout;
    bar->addWidget(labelled(tr("First"), m_eventParam, panel));
    bar->addWidget(labelled(tr("at or above"), m_eventMultiple, panel));
    bar->addWidget(new QLabel(tr("ULN (censored at the last assessment)"), panel));
    tuneForScreen(m_eventPlot);
    m_eventPlot->setMinimumHeight(300);
    m_eventNote->setWordWrap(true);
    auto* layout = new QVBoxLayout(panel);
    layout->addLayout(bar);
    layout->addWidget(m_eventPlot, 1);
    layout->addWidget(m_eventNote);
    connect(m_eventParam, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &LiverView::recomputeEvent);
    connect(m_eventMultiple, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this, &LiverView::recomputeEvent);
    return panel;
}

QCustomPlot* LiverView::plot() {
    // The shift panel is a table: its figure is drawn from the export options (tableModel()).
    const int panel = m_panels->currentIndex();
    return panel == 0 ? m_plot : panel == 2 ? m_eventPlot : nullptr;
}

std::optional<std::vector<std::string>> LiverView::exportArguments() const { return viewArguments(); }

namespace {
const std::vector<std::string> kPanels{"edish", "shift", "event"};  // in tab order
}  // namespace

std::optional<std::vector<std::string>> LiverView::viewArguments() const {
    if (!m_study) return std::nullopt;
    std::vector<std::string> out = optionWords(options());
    auto put = [&out](const char* name, const QString& value) {
        if (value.isEmpty()) return;
        out.emplace_back(name);
        out.push_back(value.toStdString());
    };
    put("--panel", QString::fromStdString(kPanels.at(static_cast<size_t>(m_panels->currentIndex()))));
    put("--shift-param", m_shiftParam->currentData().toString());
    put("--direction",
        m_direction->currentData().isValid()
            ? QString::fromUtf8(shiftDirections().name(static_cast<ShiftDirection>(m_direction->currentData().toInt())))
            : QString());
    put("--scale", m_scale->currentData().isValid()
                       ? QString::fromUtf8(shiftScales().name(static_cast<ShiftScale>(m_scale->currentData().toInt())))
                       : QString());
    put("--event-param", m_eventParam->currentData().toString());
    put("--multiple", QString::fromStdString(optionNumber(m_eventMultiple->value())));
    return out;
}

void LiverView::applyArguments(const Args& args) {
    const LiverOptions o = liverOptions(args);
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_population), QSignalBlocker(m_x), QSignalBlocker(m_reference),
                                         QSignalBlocker(m_xCut), QSignalBlocker(m_yCut)};
        if (!o.population.empty()) selectData(m_population, QString::fromStdString(o.population));
        selectData(m_x, static_cast<int>(o.x));
        selectData(m_reference, static_cast<int>(o.reference));
        m_xCut->setValue(o.xCut.value_or(defaultXCut(o.reference)));
        m_yCut->setValue(o.yCut.value_or(defaultYCut(o.reference)));
    }
    // The figure's test codes, for this view only: the study's saved mapping is the user's to change.
    const LiverParams& p = o.params;
    if (!p.alt.empty() || !p.ast.empty() || !p.bili.empty() || !p.alp.empty()) m_params = p;
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_shiftParam), QSignalBlocker(m_direction),
                                         QSignalBlocker(m_scale), QSignalBlocker(m_eventParam),
                                         QSignalBlocker(m_eventMultiple)};
        if (const auto v = args.value("--shift-param")) selectData(m_shiftParam, QString::fromStdString(*v));
        selectChoice(m_direction, shiftDirections(), args);
        selectChoice(m_scale, shiftScales(), args);
        if (const auto v = args.value("--event-param")) selectData(m_eventParam, QString::fromStdString(*v));
        if (const auto v = args.number("--multiple")) m_eventMultiple->setValue(*v);
    }
    if (const auto panel = args.value("--panel")) {
        const auto it = std::find(kPanels.begin(), kPanels.end(), *panel);
        if (it == kPanels.end()) throw UsageError("--panel: expected edish, shift or event, got " + *panel);
        m_panels->setCurrentIndex(static_cast<int>(it - kPanels.begin()));
    }
    recompute();
    recomputeShift();
    recomputeEvent();
}

TableText LiverView::tableText() const {
    if (!m_study) return {};
    const QString table = m_panels->currentIndex() == 1 ? ShiftTableModel::caption(m_shiftParam->currentText())
                                                        : tr("subjects by eDISH quadrant");
    return TableText::of(m_study->info, table, m_population->currentText(), m_banner->statement());
}

QAbstractItemModel* LiverView::tableModel() {
    if (m_panels->currentIndex() == 1) return m_shiftModel;
    return m_quadrantModel;
}

bool LiverView::busy() const {
    return m_watcher.isRunning() || m_shiftWatcher.isRunning() || m_eventWatcher.isRunning();
}

void LiverView::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_report.reset();
    m_params = {};
    if (m_study) {
        m_params = knownLiverParams(*m_study, Settings::liverParams(qs(m_study->info.id)));
        const auto params = subjectLabParameters(*m_study);
        const QString shown = m_shiftParam->currentData().toString();
        const LiverParams found = liverParams(*m_study, m_params);
        fillParams(m_shiftParam, params, shown.isEmpty() ? qs(found.alt) : shown);
        fillParams(m_eventParam, params, qs(found.alt));
    } else {
        fillParams(m_shiftParam, {}, {});
        fillParams(m_eventParam, {}, {});
    }
    m_population->setStudy(m_study.get());
    recompute();
    recomputeShift();
    recomputeEvent();
}

void LiverView::setX(LiverX x) { m_x->setCurrentIndex(m_x->findData(static_cast<int>(x))); }
void LiverView::setReference(LiverReference r) {
    m_reference->setCurrentIndex(m_reference->findData(static_cast<int>(r)));
}
void LiverView::setCuts(double x, double y) {
    {
        const QSignalBlocker bx(m_xCut), by(m_yCut);
        m_xCut->setValue(x);
        m_yCut->setValue(y);
    }
    recompute();
}
void LiverView::showPanel(int index) { m_panels->setCurrentIndex(index); }

void LiverView::setParams(const LiverParams& params) {
    m_params = params;
    if (m_study) Settings::setLiverParams(qs(m_study->info.id), params);
    recompute();
}

void LiverView::editParams() {
    if (!m_study) return;
    LiverParamsDialog dialog(liverParams(*m_study, m_params), subjectLabParameters(*m_study), this);
    if (dialog.exec() == QDialog::Accepted) setParams(dialog.params());
}

LiverOptions LiverView::options() const {
    LiverOptions o;
    o.population = m_population->flag();
    o.x = static_cast<LiverX>(m_x->currentData().toInt());
    o.reference = static_cast<LiverReference>(m_reference->currentData().toInt());
    o.xCut = m_xCut->value();
    o.yCut = m_yCut->value();
    o.params = m_params;
    return o;
}

QString LiverView::studyTitle() const { return m_study ? qs(m_study->info.id) : QString(); }

void LiverView::recompute() {
    m_banner->showSource(m_study ? &m_study->info : nullptr, m_study ? m_study->info.provenance : Provenance::Original,
                         {});
    if (!m_study) return showMessage(tr("No study selected"));
    const LiverOptions o = options();
    m_watcher.setFuture(runAnalysis<LiverReport>([study = m_study, o] { return analyseLiver(*study, o); }));
}

void LiverView::showOutcome() {
    AnalysisOutcome<LiverReport> outcome = m_watcher.result();
    if (!outcome.report) {
        // A study without subject-level liver tests: say so, and what the study has instead; where the
        // tests are there, the analysis's own reason (no ULN: use mDISH) says it best.
        QString text = outcome.error;
        if (m_study) {
            QStringList codes;
            for (const auto& p : subjectLabParameters(*m_study)) codes << qs(p.first);
            if (codes.isEmpty())
                text = m_study->labSummaries.empty()
                           ? tr("%1 has no subject-level laboratory data, so no eDISH can be drawn.").arg(studyTitle())
                           : tr("%1 has published lab summaries only (see the Labs tab): eDISH needs each subject's "
                                "ALT or AST and bilirubin.")
                                 .arg(studyTitle());
            else if (const LiverParams found = liverParams(*m_study);
                     found.bili.empty() || (found.alt.empty() && found.ast.empty()))
                text = tr("%1's subject-level labs are %2: eDISH needs ALT or AST with bilirubin. If they are "
                          "recorded under other codes, map them with Tests\u2026")
                           .arg(studyTitle(), codes.join(QStringLiteral(", ")));
        }
        emit status(text);
        showMessage(text);
        return;
    }
    if (outcome.report->subjects.empty()) {
        QStringList why{tr("No subject has a post-baseline peak of both tests.")};
        for (const std::string& n : outcome.report->notes) {  // each note a sentence of its own
            QString line = qs(n);
            if (!line.isEmpty()) line[0] = line[0].toUpper();
            why << line + QLatin1Char('.');
        }
        showMessage(why.join(QLatin1Char('\n')));
        return;
    }
    m_report = std::move(outcome.report);
    m_message.clear();
    m_quadrantModel->setReport(*m_report);
    m_hysModel->setReport(*m_report);
    m_quadrantTable->resizeColumnsToContents();
    m_hysTable->resizeColumnsToContents();
    m_banner->showSource(&m_study->info, m_report->provenance, {});
    drawReport();
    emit reportShown();
}

void LiverView::drawReport() { m_figure.draw(*m_report, EdishPlot::title(studyTitle(), *m_report)); }

void LiverView::showMessage(const QString& message) {
    m_message = message;
    m_report.reset();
    m_quadrantModel->setReport({});
    m_hysModel->setReport({});
    m_figure.clear(message);
}

void LiverView::recomputeShift() {
    if (!m_study || m_shiftParam->count() == 0) {
        m_shiftModel->setReport({});
        m_shiftNote->setText(m_study ? tr("No subject-level laboratory data.") : QString());
        return;
    }
    ShiftOptions o;
    o.param = m_shiftParam->currentData().toString().toStdString();
    o.population = m_population->flag();
    o.direction = static_cast<ShiftDirection>(m_direction->currentData().toInt());
    o.scale = static_cast<ShiftScale>(m_scale->currentData().toInt());
    m_shiftWatcher.setFuture(runAnalysis<ShiftReport>([study = m_study, o] { return analyseShift(*study, o); }));
}

void LiverView::showShift() {
    AnalysisOutcome<ShiftReport> outcome = m_shiftWatcher.result();
    if (!outcome.report) {
        m_shiftModel->setReport({});
        m_shiftNote->setText(outcome.error);
        return;
    }
    m_shiftModel->setReport(*outcome.report);
    m_shiftTable->resizeColumnsToContents();
    QStringList notes{
        tr("Percentages are of the subjects of the arm with that baseline category. Post-baseline: "
           "records on or after study day 1 that are not derived (DTYPE blank).")};
    for (const std::string& n : outcome.report->notes) notes << qs(n);
    m_shiftNote->setText(notes.join(QLatin1Char(' ')));
    emit shiftShown();
}

void LiverView::recomputeEvent() {
    if (!m_study || m_eventParam->count() == 0) {
        m_eventReport.reset();
        KmPlot::render(m_eventPlot, SurvivalReport{}, {});
        m_eventPlot->replot();
        m_eventNote->setText(m_study ? tr("No subject-level laboratory data.") : QString());
        return;
    }
    LiverEvent event{m_eventParam->currentData().toString().toStdString(), m_eventMultiple->value()};
    m_eventWatcher.setFuture(runAnalysis<SurvivalReport>([study = m_study, event, population = m_population->flag()] {
        return liverEventReport(*study, event, population);
    }));
}

void LiverView::showEventCurve() {
    AnalysisOutcome<SurvivalReport> outcome = m_eventWatcher.result();
    if (!outcome.report) {
        m_eventReport.reset();
        m_eventNote->setText(outcome.error);
        return;
    }
    m_eventReport = std::move(outcome.report);
    drawEventCurve();
    m_eventNote->setText(
        tr("Event: the first post-baseline value at or above the multiple of ULN (ANRHI); "
           "subjects without one are censored at their last post-baseline assessment."));
    emit eventShown();
}

void LiverView::drawEventCurve() {
    drawLiverEvent(m_eventPlot, m_study->info, *m_eventReport, PlotStyle::current());
    m_eventPlot->replot();
}

bool LiverView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot || !m_report) return ViewPage::eventFilter(watched, event);
    if (event->type() == QEvent::MouseMove) {
        const auto* move = static_cast<QMouseEvent*>(event);
        const QString tip = m_figure.tooltipAt(move->position().toPoint());
        if (tip.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(move->globalPosition().toPoint(), tip, m_plot);
    } else if (event->type() == QEvent::MouseButtonPress) {
        m_pressAt = static_cast<QMouseEvent*>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        // A click, not the end of a drag, on a point opens that subject's profile.
        const QPoint at = static_cast<QMouseEvent*>(event)->position().toPoint();
        const int subject = (at - m_pressAt).manhattanLength() <= 4 ? m_figure.subjectAt(at) : -1;
        if (subject >= 0) {
            const EdishPlot::Point& p = m_figure.points()[static_cast<size_t>(subject)];
            emit subjectActivated(qs(m_figure.subjectOf(p).usubjid));
        }
    }
    return ViewPage::eventFilter(watched, event);
}

void LiverView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        if (m_report) drawReport();
        if (m_eventReport) drawEventCurve();
    }
    ViewPage::changeEvent(event);
}

}  // namespace ts
