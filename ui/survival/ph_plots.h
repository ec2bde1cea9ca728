#pragma once
// The two proportional-hazards diagnostics of a survival report, drawn into any QCustomPlot (the PH
// dialog, tests): log(-log S(t)) against time on a log axis per group (parallel curves support
// proportional hazards), and one Cox column's scaled Schoenfeld residuals against cox.zph's "km"
// time transform with plot.cox.zph's smooth and its +/- 2 se band (core/stats/zph_smooth.h). They
// compute nothing but the smooth: everything else comes from the report.
#include <QString>
#include <qcustomplot.h>

#include "core/analysis/survival_analysis.h"
#include "ui/common/plot_style.h"

namespace ts {

// One step graph per group (points with 0 < S < 1 and t > 0); `factor` converts report time to the
// display unit named `unit`. Returns the graphs, per group.
std::vector<QCPGraph*> drawLogLogPlot(QCustomPlot* plot, const SurvivalReport& report, double factor,
                                      const QString& unit, const PlotStyle& style = PlotStyle::current());

struct SchoenfeldItems {
    QCPGraph* points = nullptr;
    QCPGraph* smooth = nullptr;  // nullptr when the spline fit is singular (too few events)
    QCPGraph* lower = nullptr;
    QCPGraph* upper = nullptr;
    QCPItemStraightLine* coefficient = nullptr;  // the fitted log HR
};

// Column `column` of z.columns (0-based).
SchoenfeldItems drawSchoenfeldPlot(QCustomPlot* plot, const stats::CoxZph& z, int column,
                                   const PlotStyle& style = PlotStyle::current());

// "cox.zph (transform km): TRT01A chi-square 3.54 on 1 df, p = 0.0600; global ...": one line per
// term and the global test.
QString phTestText(const stats::CoxZph& z);

}  // namespace ts
