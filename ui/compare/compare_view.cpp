#include "ui/compare/compare_view.h"

#include <algorithm>
#include <set>
#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/analysis/adsl_label.h"
#include "core/analysis/adsl_variables.h"
#include "core/analysis/grouping.h"
#include "core/analysis/option_tables.h"
#include "ui/common/choice_box.h"
#include "ui/common/live_plot.h"
#include "ui/compare/compare_figure.h"
#include "ui/compare/compare_table_model.h"
#include "ui/compare/forest_rows.h"
#include "ui/liver/quadrant_table_model.h"

namespace ts {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kControlRole = Qt::UserRole + 2;  // on an arm: the study's control (bool)
const std::vector<std::string> kTabNames{"survival", "table", "forest", "labs", "liver"};  // in Tab order

QCustomPlot* newPlot(QWidget* parent) {
    auto* p = new QCustomPlot(parent);
    p->setMinimumSize(240, 240);
    tuneForScreen(p);
    return p;
}

// The control arm a study item's arms mark; "" = none (the study's reference arm).
std::string controlOf(const QTreeWidgetItem* study) {
    for (int k = 0; k < study->childCount(); ++k)
        if (study->child(k)->data(0, kControlRole).toBool()) return study->child(k)->text(0).toStdString();
    return {};
}

std::vector<std::string> groupNames(const StudyData& s) {
    try {
        return groupSubjects(s, "", "").names;
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent) {
    auto* split = new QSplitter;
    split->addWidget(buildControls());
    split->addWidget(buildTabs());
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_studies, &QTreeWidget::itemChanged, this, [this] {
        if (m_refreshing) return;
        fillEndpoints();
        refresh();
    });
    for (QComboBox* box : {m_endpoint, m_unit, m_mode, m_subgroup, m_labParam, m_liverReference})
        connect(box, qOverload<int>(&QComboBox::activated), this, &CompareView::refresh);
    connect(m_times, &QLineEdit::editingFinished, this, &CompareView::refresh);
    connect(m_patientLines, &QCheckBox::toggled, this, &CompareView::refresh);
    connect(m_pool, &QCheckBox::toggled, this, &CompareView::refresh);
    // Right-click an arm: make it the study's control, the arm its other arms are compared with.
    m_studies->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_studies, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* arm = m_studies->itemAt(at);
        if (!arm || !arm->parent()) return;
        QMenu menu;
        QAction* control = menu.addAction(tr("Control arm of %1").arg(arm->parent()->data(0, kIdRole).toString()));
        control->setCheckable(true);
        control->setChecked(arm->data(0, kControlRole).toBool());
        if (menu.exec(m_studies->viewport()->mapToGlobal(at)) == control)
            setControl(arm->parent()->data(0, kIdRole).toString().toStdString(),
                       control->isChecked() ? arm->text(0).toStdString() : std::string());
    });
}

QWidget* CompareView::buildControls() {
    m_studies = new QTreeWidget;
    m_studies->setHeaderLabel(tr("Studies and arms (tick 2 to 4 studies)"));
    m_endpoint = new QComboBox;
    m_unit = new QComboBox;
    m_unit->addItem(tr("First study's unit"));
    addChoices(m_unit, timeUnits());
    m_mode = new QComboBox;
    m_mode->addItems({tr("Side by side"), tr("Overlay")});  // in Mode order
    m_times = new QLineEdit;
    m_times->setPlaceholderText(tr("e.g. 12, 24 (display unit)"));
    m_subgroup = new QComboBox;
    m_labParam = new QComboBox;
    m_pool = new QCheckBox(tr("Pool contrasts"));
    m_pool->setObjectName(QStringLiteral("pool"));
    m_pool->setToolTip(
        tr("Pool the studies' hazard ratios (fixed and random effects) when they compare like with like: one "
           "experimental arm against its study's control each (right-click an arm to make it the control)"));
    m_patientLines = new QCheckBox(tr("Patient lines"));
    m_patientLines->setToolTip(tr("Draw each patient's values faintly behind the summaries (patient-level data)"));
    m_liverReference = new QComboBox;
    addChoices(m_liverReference, liverReferences());
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto* controls = new QWidget;
    auto* form = new QFormLayout(controls);
    form->addRow(m_studies);
    form->addRow(tr("Endpoint"), m_endpoint);
    form->addRow(tr("Time unit"), m_unit);
    form->addRow(tr("Curves"), m_mode);
    form->addRow(tr("Survival at"), m_times);
    form->addRow(tr("Forest"), m_subgroup);
    form->addRow(QString(), m_pool);
    form->addRow(tr("Lab parameter"), m_labParam);
    form->addRow(QString(), m_patientLines);
    form->addRow(tr("Liver"), m_liverReference);
    form->addRow(m_message);
    return controls;
}

// The survival panes side by side (linked crosshair) or the overlay, in a stack.
QWidget* CompareView::buildSurvivalTab() {
    m_survivalStack = new QStackedWidget;
    auto* sideBySide = new QWidget;
    auto* row = new QHBoxLayout(sideBySide);
    row->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kMaxCompared; ++i) {
        m_panes.push_back(newPlot(sideBySide));
        row->addWidget(m_panes.back());
        connect(m_panes.back(), &QCustomPlot::mouseMove, this,
                [this, i](QMouseEvent* e) { placeCrosshair(pane(i)->xAxis->pixelToCoord(e->position().x())); });
    }
    m_survivalStack->addWidget(sideBySide);  // in Mode order
    m_overlay = newPlot(m_survivalStack);
    m_survivalStack->addWidget(m_overlay);
    m_citations = new QLabel;
    m_citations->setObjectName(QStringLiteral("citations"));
    m_citations->setWordWrap(true);
    auto* survival = new QWidget;
    auto* column = new QVBoxLayout(survival);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_survivalStack, 1);
    column->addWidget(m_citations);
    return survival;
}

QTabWidget* CompareView::buildTabs() {
    m_model = new CompareTableModel(this);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_forest = newPlot(this);
    m_labs = newPlot(this);
    m_tabs = new QTabWidget;  // in Tab order
    m_tabs->addTab(buildSurvivalTab(), tr("Survival"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_forest, tr("Forest plot"));
    m_tabs->addTab(m_labs, tr("Labs"));
    m_tabs->addTab(buildLiverTab(), tr("Liver"));
    return m_tabs;
}

QWidget* CompareView::buildLiverTab() {
    m_liver = newPlot(this);
    m_liver->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_liverFigure = EdishPlot(m_liver);
    auto* tables = new QWidget;
    auto* column = new QVBoxLayout(tables);
    column->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < kMaxCompared; ++k) {
        m_liverTitles.push_back(new QLabel(tables));
        m_liverModels.push_back(new QuadrantTableModel(this));
        m_liverTables.push_back(new QTableView(tables));
        m_liverTables.back()->setModel(m_liverModels.back());
        m_liverTables.back()->verticalHeader()->hide();
        column->addWidget(m_liverTitles.back());
        column->addWidget(m_liverTables.back(), 1);
    }
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("compareLiverSplit"));
    split->addWidget(m_liver);
    split->addWidget(tables);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QAbstractItemModel* CompareView::liverTable(int k) const { return m_liverModels.at(static_cast<size_t>(k)); }

void CompareView::setLiverReference(LiverReference reference) {
    m_liverReference->setCurrentIndex(m_liverReference->findData(static_cast<int>(reference)));
    refresh();
}

void CompareView::setLibrary(std::vector<std::shared_ptr<const StudyData>> studies) {
    m_library = std::move(studies);
    m_refreshing = true;
    m_studies->clear();
    for (const auto& s : m_library) {
        auto* item = new QTreeWidgetItem(m_studies, {QString::fromStdString(s->info.id + "  " + s->info.title)});
        item->setData(0, kIdRole, QString::fromStdString(s->info.id));
        item->setCheckState(0, Qt::Unchecked);
        for (const std::string& arm : groupNames(*s)) {
            auto* child = new QTreeWidgetItem(item, {QString::fromStdString(arm)});
            child->setCheckState(0, Qt::Checked);
        }
    }
    m_refreshing = false;
    fillEndpoints();
    refresh();
}

bool CompareView::tickStudies(const std::vector<std::string>& ids, const std::function<void(QTreeWidgetItem*)>& arms) {
    bool all = true;
    for (const std::string& id : ids) {
        bool found = false;
        for (int i = 0; i < m_studies->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_studies->topLevelItem(i);
            if (item->data(0, kIdRole).toString().toStdString() != id) continue;
            item->setCheckState(0, Qt::Checked);
            if (arms) arms(item);
            found = true;
        }
        all = all && found;
    }
    return all;
}

bool CompareView::selectStudies(const std::vector<std::string>& ids) {
    m_refreshing = true;
    const bool all = tickStudies(ids, {});
    m_refreshing = false;
    fillEndpoints();
    refresh();
    return all;
}

bool CompareView::setControl(const std::string& study, const std::string& arm) {
    QTreeWidgetItem* item = nullptr;
    for (int i = 0; i < m_studies->topLevelItemCount() && !item; ++i)
        if (m_studies->topLevelItem(i)->data(0, kIdRole).toString().toStdString() == study)
            item = m_studies->topLevelItem(i);
    bool known = item && arm.empty();
    for (int k = 0; item && k < item->childCount(); ++k) known = known || item->child(k)->text(0).toStdString() == arm;
    if (!known) return false;
    const bool wasRefreshing = std::exchange(m_refreshing, true);
    for (int k = 0; k < item->childCount(); ++k) {
        QTreeWidgetItem* child = item->child(k);
        const bool control = child->text(0).toStdString() == arm;
        child->setData(0, kControlRole, control);
        QFont font = child->font(0);
        font.setBold(control);
        child->setFont(0, font);
    }
    m_refreshing = wasRefreshing;
    if (!m_refreshing) refresh();
    return true;
}

void CompareView::setPooling(bool on) { m_pool->setChecked(on); }

void CompareView::hideArm(const std::string& study, const std::string& arm) {
    for (int i = 0; i < m_studies->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_studies->topLevelItem(i);
        if (item->data(0, kIdRole).toString().toStdString() != study) continue;
        for (int k = 0; k < item->childCount(); ++k)
            if (item->child(k)->text(0).toStdString() == arm) item->child(k)->setCheckState(0, Qt::Unchecked);
    }
}

void CompareView::setEndpoint(const QString& paramcd) {
    m_endpoint->setCurrentIndex(std::max(0, m_endpoint->findData(paramcd)));
    refresh();
}

void CompareView::setMode(Mode mode) {
    m_mode->setCurrentIndex(static_cast<int>(mode));
    refresh();
}

void CompareView::setTimes(const std::vector<double>& times) {
    QStringList parts;
    for (double t : times) parts << QString::number(t);
    m_times->setText(parts.join(QStringLiteral(", ")));
    refresh();
}

void CompareView::setSubgroupVariable(const QString& variable) {
    m_subgroup->setCurrentIndex(std::max(0, m_subgroup->findData(variable)));
    refresh();
}

void CompareView::setLabParameter(const QString& paramcd) {
    m_labParam->setCurrentIndex(std::max(0, m_labParam->findData(paramcd)));
    refresh();
}

void CompareView::setPatientLines(bool on) { m_patientLines->setChecked(on); }

CompareFigureOptions CompareView::figureOptions() const {
    CompareFigureOptions o;
    switch (currentTab()) {
    case Tab::Survival:
    case Tab::Table: o.layout = mode() == Mode::Overlay ? CompareLayout::Overlay : CompareLayout::SideBySide; break;
    case Tab::Forest: o.layout = CompareLayout::Forest; break;
    case Tab::Labs: o.layout = CompareLayout::Labs; break;
    case Tab::Liver: o.layout = CompareLayout::Liver; break;
    }
    for (int i = 0; i < m_studies->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_studies->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) continue;
        std::vector<std::string> shown;
        for (int k = 0; k < item->childCount(); ++k)
            if (item->child(k)->checkState(0) == Qt::Checked) shown.push_back(item->child(k)->text(0).toStdString());
        const std::string id = item->data(0, kIdRole).toString().toStdString();
        if (const std::string control = controlOf(item); !control.empty()) o.controls.emplace_back(id, control);
        if (shown.size() == static_cast<size_t>(item->childCount())) continue;  // every arm: not named
        for (const std::string& arm : shown) o.arms.emplace_back(id, arm);
    }
    o.pool = m_pool->isChecked();
    o.endpoint = m_endpoint->currentData().toString().toStdString();
    if (m_unit->currentData().isValid()) o.unit = static_cast<TimeUnit>(m_unit->currentData().toInt());
    for (const QString& part : m_times->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double t = part.trimmed().toDouble(&ok);
        if (ok && t > 0) o.times.push_back(t);
    }
    if (const QStringList sub = m_subgroup->currentData().toString().split(QLatin1Char('|')); sub.size() == 2)
        o.subgroup = {sub[0].toStdString(), sub[1].toStdString()};
    o.param = m_labParam->currentData().toString().toStdString();
    o.patientLines = m_patientLines->isChecked();
    o.reference = static_cast<LiverReference>(m_liverReference->currentData().toInt());
    return o;
}

std::vector<const StudyInfo*> CompareView::chosenStudies() const {
    std::vector<const StudyInfo*> out;
    for (const CompareStudy& c : chosen()) out.push_back(&c.study->info);
    return out;
}

bool CompareView::apply(const Args& args) {
    const CompareFigureOptions o = CompareFigureOptions::of(args);
    const std::vector<std::string> ids = args.list("--study");
    m_refreshing = true;
    for (int i = 0; i < m_studies->topLevelItemCount(); ++i)
        m_studies->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    // A study whose arms the arguments name shows those arms only.
    const bool all = tickStudies(ids, [&o](QTreeWidgetItem* item) {
        const std::string id = item->data(0, kIdRole).toString().toStdString();
        const bool named = std::any_of(o.arms.begin(), o.arms.end(), [&](const auto& a) { return a.first == id; });
        for (int k = 0; k < item->childCount(); ++k) {
            const std::pair<std::string, std::string> arm{id, item->child(k)->text(0).toStdString()};
            const bool shown = !named || std::find(o.arms.begin(), o.arms.end(), arm) != o.arms.end();
            item->child(k)->setCheckState(0, shown ? Qt::Checked : Qt::Unchecked);
        }
    });
    for (int i = 0; i < m_studies->topLevelItemCount(); ++i)
        setControl(m_studies->topLevelItem(i)->data(0, kIdRole).toString().toStdString(), {});
    for (const auto& [study, arm] : o.controls) setControl(study, arm);
    {
        const QSignalBlocker block(m_pool);
        m_pool->setChecked(o.pool);
    }
    m_refreshing = false;
    fillEndpoints();
    auto pick = [](QComboBox* box, const QVariant& value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    pick(m_endpoint, QString::fromStdString(o.endpoint));
    if (o.unit) pick(m_unit, static_cast<int>(*o.unit));
    else m_unit->setCurrentIndex(0);
    m_mode->setCurrentIndex(static_cast<int>(o.layout == CompareLayout::Overlay ? Mode::Overlay : Mode::SideBySide));
    QStringList times;
    for (double t : o.times) times << QString::number(t);
    m_times->setText(times.join(QStringLiteral(", ")));
    pick(m_subgroup,
         o.subgroup.first.empty() ? QString() : QString::fromStdString(o.subgroup.first + "|" + o.subgroup.second));
    pick(m_labParam, QString::fromStdString(o.param));
    {
        const QSignalBlocker block(m_patientLines);
        m_patientLines->setChecked(o.patientLines);
    }
    pick(m_liverReference, static_cast<int>(o.reference));
    switch (o.layout) {
    case CompareLayout::SideBySide:
    case CompareLayout::Overlay: m_tabs->setCurrentIndex(static_cast<int>(Tab::Survival)); break;
    case CompareLayout::Forest: m_tabs->setCurrentIndex(static_cast<int>(Tab::Forest)); break;
    case CompareLayout::Labs: m_tabs->setCurrentIndex(static_cast<int>(Tab::Labs)); break;
    case CompareLayout::Liver: m_tabs->setCurrentIndex(static_cast<int>(Tab::Liver)); break;
    }
    refresh();
    return all;
}

std::string CompareView::tabName() const { return kTabNames.at(static_cast<size_t>(m_tabs->currentIndex())); }

void CompareView::showTab(const std::string& name) {
    const auto it = std::find(kTabNames.begin(), kTabNames.end(), name);
    if (it != kTabNames.end()) m_tabs->setCurrentIndex(static_cast<int>(it - kTabNames.begin()));
}

CompareView::Tab CompareView::currentTab() const { return static_cast<Tab>(m_tabs->currentIndex()); }

CompareView::Mode CompareView::mode() const { return static_cast<Mode>(m_mode->currentIndex()); }

QString CompareView::errorText() const { return m_message->text(); }

std::vector<CompareStudy> CompareView::chosen() const {
    std::vector<CompareStudy> out;
    for (int i = 0; i < m_studies->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_studies->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) continue;
        CompareStudy c{m_library[static_cast<size_t>(i)], {}, controlOf(item)};
        for (int k = 0; k < item->childCount(); ++k)
            if (item->child(k)->checkState(0) == Qt::Checked) c.arms.push_back(item->child(k)->text(0).toStdString());
        out.push_back(std::move(c));
    }
    return out;
}

void CompareView::fillEndpoints() {
    const std::vector<CompareStudy> studies = chosen();
    // Endpoints every ticked study has; lab parameters any of them has; subgroup variables per study.
    std::vector<std::pair<std::string, std::string>> common;
    std::set<std::string> labs;
    const QString endpoint = m_endpoint->currentData().toString();
    const QString param = m_labParam->currentData().toString();
    const QString subgroup = m_subgroup->currentData().toString();
    m_endpoint->clear();
    m_labParam->clear();
    m_subgroup->clear();
    m_subgroup->addItem(tr("Across studies"), QString());
    for (size_t i = 0; i < studies.size(); ++i) {
        const StudyData& s = *studies[i].study;
        auto endpoints = survivalEndpoints(s);
        if (i == 0) common = endpoints;
        std::erase_if(common, [&](const auto& e) {
            return std::none_of(endpoints.begin(), endpoints.end(), [&](const auto& x) { return x.first == e.first; });
        });
        for (const auto& [code, label] : labParameters(s))
            if (labs.insert(code).second)
                m_labParam->addItem(QString::fromStdString(code + "  " + label), QString::fromStdString(code));
        for (const std::string& v : groupingVariables(s, 6, false))  // 2 to 6 levels, not the treatment
            m_subgroup->addItem(
                tr("%1 subgroups by %2")
                    .arg(QString::fromStdString(s.info.id), QString::fromStdString(variableChoice(s.info, v))),
                QString::fromStdString(s.info.id + "|" + v));
    }
    for (const auto& [code, label] : common)
        m_endpoint->addItem(QString::fromStdString(code + "  " + label), QString::fromStdString(code));
    m_endpoint->setCurrentIndex(std::max(0, m_endpoint->findData(endpoint)));
    m_labParam->setCurrentIndex(std::max(0, m_labParam->findData(param)));
    m_subgroup->setCurrentIndex(std::max(0, m_subgroup->findData(subgroup)));
}

void CompareView::showError(const QString& message) {
    m_message->setText(message);
    if (!message.isEmpty()) emit status(message);
}

void CompareView::refresh() {
    if (m_refreshing) return;
    m_comparison.reset();
    m_citations->clear();
    m_paneItems.clear();
    m_crosshair.clear();
    showError({});
    const std::vector<CompareStudy> studies = chosen();
    if (studies.size() < 2 || studies.size() > static_cast<size_t>(kMaxCompared)) {
        showError(tr("Tick 2 to 4 studies to compare."));
        return;
    }
    drawLabs();
    drawLiver();
    if (m_endpoint->count() == 0) {
        showError(tr("The ticked studies share no time-to-event endpoint."));
        return;
    }
    const CompareOptions o = figureOptions().survivalOptions();
    try {
        m_comparison = compareStudies(studies, o);
    } catch (const std::exception& e) {
        showFailure(QString::fromUtf8(e.what()));
        return;
    }
    markAnalysedArms();
    m_model->setComparison(*m_comparison);
    drawSurvival();
    drawForest();
}

void CompareView::showFailure(const QString& message) {
    showError(message);
    m_model->setComparison({});
    for (QCustomPlot* p : m_panes) p->setVisible(false);
    m_panes.front()->setVisible(true);
    for (QCustomPlot* p : {m_panes.front(), m_overlay, m_forest}) {
        showPlotMessage(p, message, PlotStyle::current());
        p->replot();
    }
}

// An arm of a ticked study without subjects in the endpoint's analysis (the pilot's Screen
// Failure) stays in the list, greyed, saying why it is not drawn.
void CompareView::markAnalysedArms() {
    size_t k = 0;
    for (int i = 0; i < m_studies->topLevelItemCount() && k < m_comparison->studies.size(); ++i) {
        QTreeWidgetItem* item = m_studies->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) continue;
        const SurvivalReport& report = m_comparison->studies[k++].report;
        const QSignalBlocker block(m_studies);
        for (int a = 0; a < item->childCount(); ++a) {
            QTreeWidgetItem* arm = item->child(a);
            const bool analysed = std::any_of(report.groups.begin(), report.groups.end(), [&](const SurvivalGroup& g) {
                return QString::fromStdString(g.name) == arm->text(0);
            });
            arm->setDisabled(!analysed);
            const QString control = arm->data(0, kControlRole).toBool()
                                        ? tr("Control arm: the study's other arms are compared with it")
                                        : tr("Right-click to make this the control arm");
            arm->setToolTip(0, analysed ? control
                                        : tr("No subject of this arm in the %1 analysis")
                                              .arg(QString::fromStdString(m_comparison->endpoint)));
        }
    }
}

void CompareView::drawSurvival() {
    m_citations->setText(CompareFigure::citations(*m_comparison));
    const bool side = mode() == Mode::SideBySide;
    m_survivalStack->setCurrentIndex(static_cast<int>(mode()));
    if (!side) {
        m_overlayItems = CompareFigure::overlay(m_overlay, *m_comparison);
        m_overlay->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        m_overlayItems.main->setRangeDrag(Qt::Horizontal);
        m_overlayItems.main->setRangeZoom(Qt::Horizontal);
        m_overlay->replot();
        return;
    }
    const size_t n = m_comparison->studies.size();
    std::vector<QCustomPlot*> panes(m_panes.begin(), m_panes.begin() + static_cast<std::ptrdiff_t>(n));
    for (size_t i = 0; i < m_panes.size(); ++i) m_panes[i]->setVisible(i < n);
    m_paneItems = CompareFigure::sideBySide(panes, *m_comparison);
    linkPanes();
    for (QCustomPlot* p : panes) p->replot();
}

void CompareView::linkPanes() {
    for (size_t i = 0; i < m_paneItems.size(); ++i) {
        QCustomPlot* p = m_panes[i];
        QCPAxisRect* main = m_paneItems[i].main;
        p->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        main->setRangeDrag(Qt::Horizontal);
        main->setRangeZoom(Qt::Horizontal);
        // Linked time axes: a range change in one pane is copied to the others (setRange with
        // an equal range emits nothing, so the copies do not echo back).
        connect(main->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this, i](const QCPRange& range) {
                    for (size_t j = 0; j < m_paneItems.size(); ++j) {
                        if (j == i) continue;
                        m_paneItems[j].main->axis(QCPAxis::atBottom)->setRange(range);
                        m_panes[j]->replot(QCustomPlot::rpQueuedReplot);
                    }
                });
        auto* line = new QCPItemStraightLine(p);
        line->setClipAxisRect(main);
        line->point1->setAxes(main->axis(QCPAxis::atBottom), main->axis(QCPAxis::atLeft));
        line->point2->setAxes(main->axis(QCPAxis::atBottom), main->axis(QCPAxis::atLeft));
        line->setPen(QPen(PlotStyle::current().cursor, 1, Qt::DotLine));
        line->setVisible(false);
        m_crosshair.push_back(line);
    }
}

void CompareView::placeCrosshair(double t) {
    for (size_t i = 0; i < m_crosshair.size(); ++i) {
        m_crosshair[i]->point1->setCoords(t, 0);
        m_crosshair[i]->point2->setCoords(t, 1);
        m_crosshair[i]->setVisible(true);
        m_panes[i]->replot(QCustomPlot::rpQueuedReplot);
    }
}

double CompareView::crosshairTime(int pane) const {
    return m_crosshair[static_cast<size_t>(pane)]->point1->coords().x();
}

void CompareView::drawForest() {
    const QString choice = m_subgroup->currentData().toString();
    try {
        if (choice.isEmpty()) {
            m_forestItems = ForestPlot::render(m_forest, forestAcrossStudies(*m_comparison, m_pool->isChecked()));
        } else {
            const QStringList parts = choice.split(QLatin1Char('|'));
            for (const auto& s : m_library)
                if (QString::fromStdString(s->info.id) == parts.value(0))
                    m_forestItems = ForestPlot::render(
                        m_forest, forestSubgroups(*s, m_comparison->endpoint, parts.value(1).toStdString()));
        }
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
    m_forest->replot();
}

void CompareView::drawLabs() {
    m_labItems = {};
    const std::string param = m_labParam->currentData().toString().toStdString();
    if (param.empty()) return;
    std::vector<std::shared_ptr<const StudyData>> studies;
    for (const CompareStudy& c : chosen()) studies.push_back(c.study);
    try {
        m_labItems = CompareLabs::render(m_labs, studies, param, std::nullopt, m_patientLines->isChecked());
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
    m_labs->replot();
}

void CompareView::drawLiver() {
    std::vector<const StudyData*> studies;
    for (const CompareStudy& c : chosen()) studies.push_back(c.study.get());
    LiverOptions o;
    o.reference = static_cast<LiverReference>(m_liverReference->currentData().toInt());
    const LiverComparison c = compareLiver(studies, o);
    for (size_t k = 0; k < m_liverModels.size(); ++k) {
        const bool shown = k < c.reports.size();
        m_liverModels[k]->setReport(shown ? c.reports[k] : LiverReport{});
        m_liverTitles[k]->setText(
            shown ? tr("<b>%1</b>: subjects by quadrant").arg(QString::fromStdString(c.reports[k].study)) : QString());
        m_liverTitles[k]->setVisible(shown);
        m_liverTables[k]->setVisible(shown);
        if (shown) m_liverTables[k]->resizeColumnsToContents();
    }
    if (c.reports.empty()) {
        m_liverFigure.clear(tr("None of the ticked studies has subject-level liver tests with the chosen reference."));
    } else {
        m_liverFigure.drawStudies(c.reports, CompareFigure::liverTitle(o.reference));
    }
    QStringList skipped;
    for (const std::string& s : c.skipped) skipped << QString::fromStdString(s);
    m_liver->setToolTip(skipped.join(QLatin1Char('\n')));
}

std::vector<QCustomPlot*> CompareView::figurePanes() const {
    switch (currentTab()) {
    case Tab::Survival:
        if (mode() == Mode::Overlay) return {m_overlay};
        return {m_panes.begin(), m_panes.begin() + static_cast<std::ptrdiff_t>(m_paneItems.size())};
    case Tab::Forest: return {m_forest};
    case Tab::Labs: return {m_labs};
    case Tab::Liver: return {m_liver};
    case Tab::Table: return {};
    }
    return {};
}

QString CompareView::figureCaption() const { return currentTab() == Tab::Survival ? m_citations->text() : QString(); }

QAbstractItemModel* CompareView::tableModel() const { return m_model; }

}  // namespace ts
