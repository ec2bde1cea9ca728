#pragma once
// LiverView: the Liver tab, the hepatotoxicity workbench of a study with subject-level liver tests.
// - eDISH / mDISH: peak ALT (AST, or the larger) against peak bilirubin per subject as multiples of
//   ULN or of the subject's baseline (EdishPlot), editable cut-offs, the quadrant counts per arm and
//   the possible Hy's law subjects beside it; hover names a point, a click (or a double click in the
//   table) opens that subject's profile (subjectActivated).
// - Shift table: baseline against worst post-baseline category, by arm (LBT14 layout).
// - Time to liver event: Kaplan–Meier of the first post-baseline value >= k x ULN (liver_event.h).
// A study without subject-level liver tests gets a sentence saying so and what it has instead.
// The analyses run off the GUI thread; reportShown() fires when the eDISH report is on screen.
#include <memory>
#include <optional>

#include <QFutureWatcher>

#include "core/analysis/liver_analysis.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/survival_analysis.h"
#include "ui/common/analysis_task.h"
#include "ui/common/view_page.h"
#include "ui/liver/edish_plot.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace ts {

class HysLawTableModel;
class PopulationBox;
class ProvenanceBanner;
class QuadrantTableModel;
class ShiftTableModel;

class LiverView : public ViewPage {
    Q_OBJECT
public:
    explicit LiverView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;
    QCustomPlot* plot() override;
    // The options of the panel shown as `export --view edish` words: the eDISH options, --panel
    // and the shift and event panels' choices (viewArguments()).
    std::optional<std::vector<std::string>> exportArguments() const override;
    QAbstractItemModel* tableModel() override;
    TableText tableText() const override;  // the panel's table: quadrants (eDISH) or the shift table

    // Programmatic control (menus, tests).
    void setX(LiverX x);
    void setReference(LiverReference reference);  // also resets the cut-offs to the reference's defaults
    void setCuts(double x, double y);
    void setParams(const LiverParams& params);  // and remembers them for the study
    void showPanel(int index);                  // 0 eDISH, 1 shift table, 2 time to liver event

    const EdishPlot& figure() const { return m_figure; }
    const LiverReport* report() const { return m_report ? &*m_report : nullptr; }
    QTableView* quadrantTable() const { return m_quadrantTable; }
    QTableView* hysLawTable() const { return m_hysTable; }
    QTableView* shiftTable() const { return m_shiftTable; }
    const ShiftTableModel* shiftModel() const { return m_shiftModel; }
    QCustomPlot* eventPlot() const { return m_eventPlot; }
    const SurvivalReport* eventReport() const { return m_eventReport ? &*m_eventReport : nullptr; }
    QString message() const { return m_message; }  // why no eDISH is shown; "" while one is
    bool busy() const;

signals:
    void reportShown();
    void shiftShown();
    void eventShown();

protected:
    // The eDISH options and the panel shown with the other panels' choices (`export --view edish`,
    // a session): --panel edish|shift|event, --shift-param, --direction, --scale, --event-param,
    // --multiple.
    void applyArguments(const Args& args) override;
    std::optional<std::vector<std::string>> viewArguments() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEdishPanel();
    QWidget* buildShiftPanel();
    QWidget* buildEventPanel();
    LiverOptions options() const;
    void recompute();
    void recomputeShift();
    void recomputeEvent();
    void showOutcome();
    void drawReport();
    void drawEventCurve();
    void showShift();
    void showEventCurve();
    void showMessage(const QString& message);
    void editParams();
    QString studyTitle() const;

    std::shared_ptr<const StudyData> m_study;
    std::optional<LiverReport> m_report;
    std::optional<SurvivalReport> m_eventReport;
    LiverParams m_params;  // the user's mapping for this study ("" = by name)
    QString m_message;
    QPoint m_pressAt;
    PopulationBox* m_population;
    QComboBox* m_x;
    QComboBox* m_reference;
    QDoubleSpinBox* m_xCut;
    QDoubleSpinBox* m_yCut;
    QTabWidget* m_panels;
    QCustomPlot* m_plot;
    EdishPlot m_figure;
    QuadrantTableModel* m_quadrantModel;
    QTableView* m_quadrantTable;
    HysLawTableModel* m_hysModel;
    QTableView* m_hysTable;
    QComboBox* m_shiftParam;
    QComboBox* m_direction;
    QComboBox* m_scale;
    ShiftTableModel* m_shiftModel;
    QTableView* m_shiftTable;
    QLabel* m_shiftNote;
    QComboBox* m_eventParam;
    QDoubleSpinBox* m_eventMultiple;
    QCustomPlot* m_eventPlot;
    QLabel* m_eventNote;
    ProvenanceBanner* m_banner;
    QFutureWatcher<AnalysisOutcome<LiverReport>> m_watcher;
    QFutureWatcher<AnalysisOutcome<ShiftReport>> m_shiftWatcher;
    QFutureWatcher<AnalysisOutcome<SurvivalReport>> m_eventWatcher;
};

}  // namespace ts
