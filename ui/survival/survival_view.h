#pragma once
// SurvivalView: the Kaplan–Meier page. Controls pick the endpoint, a competing event (then the curves
// are the Aalen–Johansen cumulative incidence, with Gray's test), the grouping variable (any ADSL
// variable), the analysis population, CI type, landmark and time unit; the analysis
// (ts::analyseSurvival) runs on the thread pool and the figure is drawn by KmPlot. Display-only
// switches (CI bands, medians, risk table, censor marks, hidden arms, axis range) redraw without
// re-analysing. Interaction (zoom, pan, tooltips, time cursor, legend clicks) is KmInteraction's.
#include <memory>
#include <optional>
#include <vector>

#include <QFutureWatcher>

#include "ui/common/analysis_task.h"
#include "ui/common/view_page.h"
#include "ui/survival/km_plot.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ts {

class FlowLayout;
class KmInteraction;
class PhDialog;
class RCodeDialog;
class PopulationBox;

class SurvivalView : public ViewPage {
    Q_OBJECT
public:
    explicit SurvivalView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;  // as setSource(loadedSource(study))
    // Reads only the columns of each question from the source; never loads the whole study.
    void setSource(std::shared_ptr<const StudySource> source) override;
    QCustomPlot* plot() override { return m_plot; }
    std::optional<std::vector<std::string>> exportArguments() const override;

    // What is drawn now (for tests and export); report() is nullptr before the first analysis.
    const SurvivalReport* report() const { return m_report ? &*m_report : nullptr; }
    const KmPlotItems& items() const { return m_items; }
    KmInteraction* interaction() const { return m_interaction; }
    QString errorText() const;
    // Opens the proportional-hazards diagnostics (and keeps them up to date while open).
    PhDialog* showPhDiagnostics();
    // Opens the R code that reproduces the numbers shown (nullptr before the first analysis).
    RCodeDialog* showRCode();
    void setGroupHidden(int group, bool hidden);
    void resetView();

signals:
    void reportShown();  // after each redraw with a new report or display option

protected:
    void applyArguments(const Args& args) override;
    void changeEvent(QEvent* event) override;
    // A resize of the plot across the height that fits the KMunicate table redraws it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildControls();
    FlowLayout* buildAnalysisControls(QWidget* box);
    FlowLayout* buildDrawingControls(QWidget* box, QPushButton*& reset);
    void fillChoices();
    void fillCompeting();
    void enableForCompeting();
    SurvivalOptions analysisOptions() const;
    KmPlotOptions displayOptions(bool keepRange) const;
    void analyse();
    void onAnalysed();
    void redraw(bool keepRange);

    std::shared_ptr<const StudySource> m_source;
    std::optional<SurvivalReport> m_report;
    KmPlotItems m_items;
    std::vector<bool> m_hidden;
    std::vector<std::string> m_hideOnNext;  // groups to hide in the next report (a restored figure's --hide)
    QFutureWatcher<AnalysisOutcome<SurvivalReport>> m_watcher;

    QComboBox* m_endpoint;
    QComboBox* m_competing;  // "" = none, else the PARAMCD of the competing event
    QCheckBox* m_stack;      // with a competing event: its incidence stacked on the endpoint's (display only)
    QComboBox* m_by;
    PopulationBox* m_population;
    QComboBox* m_unit;
    QComboBox* m_scale;
    QCheckBox* m_ci;
    QComboBox* m_confType;
    QCheckBox* m_median;
    QCheckBox* m_table;
    QCheckBox* m_censor;
    QCheckBox* m_landmarkOn;
    QDoubleSpinBox* m_landmark;
    QComboBox* m_strata;    // "" = no strata, else the ADSL variable
    QDoubleSpinBox* m_rho;  // Fleming–Harrington rho of the log-rank test (0 = log-rank)
    QCheckBox* m_rmstOn;
    QDoubleSpinBox* m_rmst;  // tau, in the display unit
    QCheckBox* m_rmstShade;  // shade the area the RMST measures (display only)
    QDoubleSpinBox* m_axisMax;
    QCheckBox* m_cursor;
    QLabel* m_message;
    QCustomPlot* m_plot;
    KmInteraction* m_interaction;
    PhDialog* m_ph = nullptr;  // created on first use
};

}  // namespace ts
