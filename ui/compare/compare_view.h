#pragma once
// CompareView: the study comparison workspace (View > Compare studies...). The user ticks 2-4
// studies of the library and, under each, the arms to show; picks the endpoint (those every ticked
// study has), the display unit and the times for the table. Tabs:
//   Survival  side-by-side panes (linked time axes: same unit, range and ticks; zoom or pan one and
//             the others follow; a crosshair that moves in every pane at once) or one overlay plot;
//   Table     CompareTableModel (CSV / copy like every table view);
//   Forest    HR vs each study's reference arm with fixed / random-effects pooling, or the
//             subgroups of one study by an ADSL variable;
//   Labs      one lab parameter across the ticked studies on a weeks axis;
//   Liver     the studies' eDISH (or mDISH) on the same axes, colour by arm and marker by study, with
//             each study's quadrant table beside it.
// figurePanes() gives the plot(s) of the current tab for File > Export figure / Copy figure; the
// survival curves' citations are shown once under the panes (figureCaption()), not in each pane.
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QWidget>

#include "core/analysis/compare_studies.h"
#include "core/options/args.h"
#include "ui/compare/compare_labs.h"
#include "ui/compare/compare_options.h"
#include "ui/compare/forest_plot.h"
#include "ui/liver/edish_plot.h"
#include "ui/survival/km_plot.h"

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPItemStraightLine;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace ts {

class CompareTableModel;
class QuadrantTableModel;

class CompareView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { SideBySide, Overlay };                  // the survival tab's combo box and stack, in this order
    enum class Tab { Survival, Table, Forest, Labs, Liver };  // the tabs, in this order

    explicit CompareView(QWidget* parent = nullptr);

    // The studies the user can pick from (the window's library).
    void setLibrary(std::vector<std::shared_ptr<const StudyData>> studies);
    // Programmatic selection (tests, command line): ticks these studies (all arms); false when an id is unknown.
    bool selectStudies(const std::vector<std::string>& ids);
    // Unticks one arm of a ticked study.
    void hideArm(const std::string& study, const std::string& arm);
    // Makes `arm` the control of `study` (its other arms' hazard ratios are against it; "" = the
    // study's reference arm); false when the study has no such arm. The arm's context menu does it.
    bool setControl(const std::string& study, const std::string& arm);
    // The forest across studies pools the contrasts (declared comparable) when on.
    void setPooling(bool on);
    void setEndpoint(const QString& paramcd);
    void setMode(Mode mode);
    void setTimes(const std::vector<double>& times);
    void setSubgroupVariable(const QString& variable);  // "" = across studies
    void setLabParameter(const QString& paramcd);
    void setPatientLines(bool on);
    // Recomputes and redraws everything (also run on every control change).
    void refresh();

    // What the workspace shows as `export --view compare` options (on the Table tab, the survival
    // curves' layout), and the studies ticked: the record of its exported figure and of a session.
    CompareFigureOptions figureOptions() const;
    std::vector<const StudyInfo*> chosenStudies() const;
    // Ticks the studies of --study (only those) and sets every control from the options (the tab
    // from --layout). Throws UsageError on a bad option; false when a study is not in the library.
    bool apply(const Args& args);
    // The tab shown, by its name in a session file: survival, table, forest, labs or liver.
    std::string tabName() const;
    void showTab(const std::string& name);

    std::vector<QCustomPlot*> figurePanes() const;
    // The caption of figurePanes() in an export: the studies' citations (survival tab; the forest
    // and lab plots carry theirs in their own footnotes).
    QString figureCaption() const;
    QAbstractItemModel* tableModel() const;
    const std::optional<Comparison>& comparison() const { return m_comparison; }
    const std::vector<KmPlotItems>& paneItems() const { return m_paneItems; }
    const KmPlotItems& overlayItems() const { return m_overlayItems; }
    const ForestItems& forestItems() const { return m_forestItems; }
    const LabCompareItems& labItems() const { return m_labItems; }
    const EdishPlot& liverFigure() const { return m_liverFigure; }
    // The quadrant table of the k-th study drawn on the Liver tab.
    QAbstractItemModel* liverTable(int k) const;
    void setLiverReference(LiverReference reference);
    QCustomPlot* pane(int index) const { return m_panes[static_cast<size_t>(index)]; }
    QString errorText() const;
    // Places the crosshair at display time t in every pane (also what mouse moves do).
    void placeCrosshair(double t);
    double crosshairTime(int pane) const;

signals:
    void status(const QString& message);

private:
    QWidget* buildControls();
    QWidget* buildSurvivalTab();
    QTabWidget* buildTabs();
    QWidget* buildLiverTab();
    void fillEndpoints();
    // Ticks the listed studies `ids`, calling `arms` (if set) on each one's item to tick its arms;
    // false when one of them is not listed.
    bool tickStudies(const std::vector<std::string>& ids, const std::function<void(QTreeWidgetItem*)>& arms);
    std::vector<CompareStudy> chosen() const;
    void drawSurvival();
    void drawForest();
    void drawLabs();
    void drawLiver();
    void linkPanes();
    void showError(const QString& message);
    void showFailure(const QString& message);  // the error on every survival figure, not a stale one
    void markAnalysedArms();
    Tab currentTab() const;
    Mode mode() const;

    std::vector<std::shared_ptr<const StudyData>> m_library;
    std::optional<Comparison> m_comparison;
    std::vector<KmPlotItems> m_paneItems;
    KmPlotItems m_overlayItems;
    ForestItems m_forestItems;
    LabCompareItems m_labItems;
    std::vector<QCPItemStraightLine*> m_crosshair;
    bool m_refreshing = false;

    QTreeWidget* m_studies;
    QComboBox* m_endpoint;
    QComboBox* m_unit;
    QComboBox* m_mode;
    QLineEdit* m_times;
    QComboBox* m_subgroup;
    QComboBox* m_labParam;
    QCheckBox* m_pool;
    QCheckBox* m_patientLines;
    QComboBox* m_liverReference;
    QLabel* m_message;
    QTabWidget* m_tabs;
    QStackedWidget* m_survivalStack;
    QLabel* m_citations;
    std::vector<QCustomPlot*> m_panes;
    QCustomPlot* m_overlay;
    QTableView* m_table;
    CompareTableModel* m_model;
    QCustomPlot* m_forest;
    QCustomPlot* m_labs;
    QCustomPlot* m_liver;
    EdishPlot m_liverFigure{nullptr};
    std::vector<QuadrantTableModel*> m_liverModels;  // kMaxCompared, in ticked order
    std::vector<QTableView*> m_liverTables;
    std::vector<QLabel*> m_liverTitles;
};

}  // namespace ts
