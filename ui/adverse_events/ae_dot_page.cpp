#include "ui/adverse_events/ae_dot_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "ui/common/choice_box.h"
#include "ui/common/flow_layout.h"
#include "ui/common/live_plot.h"
#include "ui/common/plot_style.h"

namespace ts {

AeDotPage::AeDotPage(QWidget* parent)
    : QWidget(parent),
      m_arm(new QComboBox(this)),
      m_control(new QComboBox(this)),
      m_measure(new QComboBox(this)),
      m_least(new QDoubleSpinBox(this)),
      m_volcano(new QCheckBox(tr("Volcano"), this)),
      m_plot(new QCustomPlot(this)) {
    m_arm->setObjectName(QStringLiteral("dotArm"));
    m_control->setObjectName(QStringLiteral("dotControl"));
    addChoices(m_measure, aeMeasures());
    m_least->setRange(0, 100);
    m_least->setDecimals(1);
    m_least->setSuffix(QStringLiteral(" %"));
    m_least->setValue(5);  // the usual threshold of a safety dot plot
    m_least->setToolTip(tr("Show the terms with at least this incidence in some group"));
    m_volcano->setToolTip(tr("The measure against \u2212log\u2081\u2080 p (Fisher's exact test), a point per term"));
    auto* bar = new FlowLayout;
    bar->addWidget(labelled(tr("Arm"), m_arm, this));
    bar->addWidget(labelled(tr("vs control"), m_control, this));
    bar->addWidget(m_measure);
    bar->addWidget(labelled(tr("At least"), m_least, this));
    bar->addWidget(m_volcano);
    tuneForScreen(m_plot);
    m_plot->setMinimumHeight(320);
    m_plot->setToolTip(tr("Click a term for its subjects"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);

    const auto changed = QOverload<int>::of(&QComboBox::currentIndexChanged);
    for (QComboBox* box : {m_arm, m_control, m_measure}) connect(box, changed, this, &AeDotPage::analyse);
    connect(m_least, &QDoubleSpinBox::valueChanged, this, &AeDotPage::analyse);
    connect(m_volcano, &QCheckBox::toggled, this, &AeDotPage::draw);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* e) {
        if (!m_report) return;
        const int row = AeDotFigure::rowAt(m_items, *m_report, volcano(), e->position());
        if (row < 0) return;
        const AeDotRow& t = m_report->rows[static_cast<size_t>(row)];
        emit termChosen(QString::fromStdString(t.soc), QString::fromStdString(t.term));
    });
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome<AeDotReport>>::finished, this, &AeDotPage::showOutcome);
}

void AeDotPage::setData(std::shared_ptr<const StudyData> study, const AeOptions& table) {
    const bool regroup = study != m_study || table.by != m_table.by || table.population != m_table.population || !study;
    m_study = std::move(study);
    m_table = table;
    if (regroup) fillGroups();
    analyse();
}

void AeDotPage::fillGroups() {
    m_report.reset();
    // The arms asked for before the groups were known (a figure or session restored), else the
    // choice made before.
    const QString arm = m_wanted.first.isEmpty() ? m_arm->currentData().toString() : m_wanted.first;
    const QString control = m_wanted.second.isEmpty() ? m_control->currentData().toString() : m_wanted.second;
    m_wanted = {};
    const QSignalBlocker blockArm(m_arm), blockControl(m_control);
    m_arm->clear();
    m_control->clear();
    if (!m_study) return;
    // The groups with subjects in the population (published counts: the study's arms).
    std::vector<std::string> groups;
    try {
        const Grouping g = groupSubjects(*m_study, m_table.by, m_table.population);
        for (std::size_t k = 0; k < g.names.size(); ++k)
            if (g.sizes[k] > 0) groups.push_back(g.names[k]);
    } catch (const AnalysisError&) {}
    if (groups.empty()) groups = groupArms(m_study->info).names;
    for (const std::string& g : groups) {
        m_arm->addItem(QString::fromStdString(g), QString::fromStdString(g));
        m_control->addItem(QString::fromStdString(g), QString::fromStdString(g));
    }
    // Where the groups have them; else the last group against the first.
    if (!selectData(m_arm, arm)) m_arm->setCurrentIndex(m_arm->count() - 1);
    if (!selectData(m_control, control)) m_control->setCurrentIndex(0);
}

void AeDotPage::setArms(const QString& arm, const QString& control) {
    {
        const QSignalBlocker blockArm(m_arm), blockControl(m_control);
        selectData(m_arm, arm);
        selectData(m_control, control);
    }
    analyse();
}

void AeDotPage::setMeasure(AeMeasure measure) { selectData(m_measure, static_cast<int>(measure)); }
void AeDotPage::setVolcano(bool on) { m_volcano->setChecked(on); }
bool AeDotPage::volcano() const { return m_volcano->isChecked(); }

void AeDotPage::apply(const Args& args) {
    const AeDotOptions o = aeDotOptions(args);
    const QSignalBlocker blockArm(m_arm), blockControl(m_control), blockMeasure(m_measure), blockLeast(m_least);
    m_wanted = {QString::fromStdString(o.arm), QString::fromStdString(o.control)};
    if (!o.arm.empty()) selectData(m_arm, m_wanted.first);
    if (!o.control.empty()) selectData(m_control, m_wanted.second);
    selectData(m_measure, static_cast<int>(o.measure));
    m_least->setValue(o.minPercent);
    m_volcano->setChecked(args.flag("--volcano"));
}

AeDotOptions AeDotPage::options() const {
    AeDotOptions o;
    o.table = m_table;
    o.arm = m_arm->currentData().toString().toStdString();
    o.control = m_control->currentData().toString().toStdString();
    o.measure = static_cast<AeMeasure>(m_measure->currentData().toInt());
    o.minPercent = m_least->value();
    return o;
}

std::vector<std::string> AeDotPage::words() const {
    std::vector<std::string> out = optionWords(options());
    if (volcano()) out.emplace_back("--volcano");
    return out;
}

void AeDotPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    analyse();  // what changed while hidden
}

void AeDotPage::analyse() {
    if (!m_study || !isVisible()) return;
    m_watcher.setFuture(runAnalysis<AeDotReport>([study = m_study, o = options()] { return aeDotPlot(*study, o); }));
}

void AeDotPage::showOutcome() {
    AnalysisOutcome<AeDotReport> outcome = m_watcher.result();
    m_report = std::move(outcome.report);
    if (!m_report) {
        m_items = {};
        showPlotMessage(m_plot, outcome.error, PlotStyle::current());
        m_plot->legend = nullptr;  // they went with the layout
        m_plot->xAxis = m_plot->yAxis = m_plot->xAxis2 = m_plot->yAxis2 = nullptr;
        return;
    }
    draw();
}

void AeDotPage::draw() {
    if (!m_report) return;
    m_items = AeDotFigure::render(m_plot, *m_report, volcano());
    m_plot->replot();
    emit reportShown();
}

}  // namespace ts
