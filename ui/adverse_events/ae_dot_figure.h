#pragma once
// AeDotFigure: draws an AeDotReport (core/analysis/ae_dot_plot.h). The dot plot has two panels on
// the same term rows, the largest increase on top: left, each group's incidence (%) as a marker in
// the group's colour; right, the arm's risk difference (percentage points) or relative risk (log
// axis) against the control with its confidence interval and a dashed line at no difference. The
// volcano puts the measure on x against -log10(Fisher's p) on y, a point per term, a dashed line at
// p = 0.05 and the terms below it named. Title, legend and a footnote (population, method, what is
// left out, provenance). Statistics come from the report: the figure computes none.
#include <vector>

#include <QPointF>

#include "core/analysis/ae_dot_plot.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;

namespace ts {

class AeDotFigure {
public:
    struct Items {
        QCPAxisRect* incidence = nullptr;  // the dot plot's left panel
        QCPAxisRect* measure = nullptr;    // its right panel, or the volcano
        std::vector<QCPGraph*> groups;     // incidence markers, per group
        QCPGraph* estimates = nullptr;     // the measure per term (dot plot or volcano)
    };

    // Clears `plot` and draws `report`. Does not replot.
    static Items render(QCustomPlot* plot, const AeDotReport& report, bool volcano,
                        const PlotStyle& style = PlotStyle::current());
    // The row of `report` drawn at pixel `at` of a replotted `plot`: the term row under it (dot plot)
    // or the nearest point within 10 pixels (volcano); -1 when none.
    static int rowAt(const Items& items, const AeDotReport& report, bool volcano, QPointF at);
    // "Risk difference, A − B (percentage points)" or "Relative risk, A / B".
    static QString measureLabel(const AeDotReport& report);
};

}  // namespace ts
