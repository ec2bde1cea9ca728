#pragma once
// KmPlot: draws a ts::SurvivalReport into any QCustomPlot (the survival view, figure export and the
// comparison view all call it). It never computes statistics: everything comes from the report.
//
// Layout of the figure (QCustomPlot's layout grid, one column):
//   row 0  title (optional)
//   row 1  main axis rect: step curves (lsStepLeft), CI bands (lower/upper graphs, fill between),
//          censor ticks, median lines, landmark line, the RMST area up to tau on request (the area
//          under S, i.e. above the curve on the incidence scale), legend and the statistics box (km_stats_box.h:
//          re-fitted to the rect at every layout)
//   row 2  risk table axis rect (KMunicate: at risk / censored / events per group at each tick);
//          its x range is linked to the main x axis, and both rects share left/right margins, so
//          the table stays aligned to the time axis at every size, on screen and in every export;
//          a plot too short for those rows gets one "at risk" row per group (fullRiskTable)
//   row 3  footer: provenance + citation line
// Where the figure is too narrow for every tick label and risk-table number, every k-th tick and
// column is shown (km_columns.h).
// Times are shown in options.unit (converted from the report's time unit).
#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <qcustomplot.h>

#include "core/analysis/survival_analysis.h"
#include "core/analysis/time_unit.h"
#include "ui/common/plot_style.h"
#include "ui/survival/km_columns.h"
#include "ui/survival/km_text.h"

namespace ts {

struct KmPlotOptions {
    bool ci = true;  // CI bands (ignored when the report's conf type is None)
    bool censorTicks = true;
    bool medianLines = true;
    bool riskTable = true;
    bool riskTableFull = true;  // KMunicate rows (at risk, censored, events) where the plot is tall
                                // enough (KmPlot::fullRiskTable); false = at risk only
    bool statsBox = true;       // log-rank / trend p and Cox HR (95% CI)
    bool legend = true;
    int legendBelow = 0;             // 0: the legend in the plot's emptiest corner; N: in a row under the plot,
                                     // N entries a line (the comparison overlay's many curves covered the plot)
    bool rmstShade = false;          // with an RMST tau in the report: the area it measures
    bool stackCompeting = false;     // competing-risks report: a dashed curve at F + F(competing) per group,
                                     // so the gap above the curve is the competing event's incidence
    std::optional<TimeUnit> unit;    // display unit; nullopt = the report's unit
    std::optional<QCPRange> xRange;  // in display units; nullopt = 0 .. last tick / follow-up
    std::optional<QCPRange> yRange;  // nullopt = 0 .. 1
    std::vector<bool> hidden;        // per report group: true = not drawn (legend entry greyed)
    std::shared_ptr<KmColumnShare> columnShare;  // panes side by side: one stride of time columns
    QString title;
    QString citation;  // the study citation, shown in the footer with the provenance
    // The footer's data statement when it is not the report's one provenance (an overlay of
    // studies: "CDISCPILOT01 original, SHI2021 reconstructed").
    QString provenance;
};

// One group's plottables (nullptr where not drawn).
struct KmCurveItems {
    QCPGraph* curve = nullptr;      // (0, 1) then one point per KM step, y = S or 1 - S
    QCPGraph* lower = nullptr;      // CI lower bound (step)
    QCPGraph* upper = nullptr;      // CI upper bound, filled down to `lower`
    QCPGraph* censor = nullptr;     // scatter at censoring times
    QCPItemLine* median = nullptr;  // vertical median line
    QCPGraph* rmstArea = nullptr;   // with rmstShade: the curve up to tau, filled to S = 0
    QCPGraph* stacked = nullptr;    // with stackCompeting: F + F(competing), dashed
};

struct KmPlotItems {
    QCPAxisRect* main = nullptr;
    QCPAxisRect* table = nullptr;             // nullptr without risk table
    std::vector<KmCurveItems> curves;         // per report group (before landmark, if any)
    std::vector<KmCurveItems> afterLandmark;  // per group, landmark part after L
    // Risk table cells [group][row][tick], row 0 = at risk, 1 = censored, 2 = events.
    std::vector<std::vector<std::vector<QCPItemText*>>> riskCells;
    std::vector<double> tickTimes;  // display units, the table's columns
    bool riskTableFull = false;     // the table has the KMunicate rows
    QCPItemText* statsBox = nullptr;
    QCPTextElement* footer = nullptr;
    double timeFactor = 1.0;  // display time = report time * timeFactor
    QString unit;             // display unit name, e.g. "months"
    bool cumulative = false;  // y = 1 - S
};

class KmPlot {
public:
    // Clears `plot` and draws `report` into it. Does not call replot().
    static KmPlotItems render(QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& options = {},
                              const PlotStyle& style = PlotStyle::current());

    // Removes everything render() drew (curves, items, axis rects, legend) and the layout hooks
    // that went with them.
    static void clear(QCustomPlot* plot);

    // Whether `plot` at its current height gets the KMunicate table: asked for, and taking at most
    // a third of the height (else the curves would be squeezed flat on a small plot).
    static bool fullRiskTable(const QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& options,
                              const PlotStyle& style = PlotStyle::current());
};

}  // namespace ts
