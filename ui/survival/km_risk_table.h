#pragma once
// The KMunicate-style risk table of a survival figure: a second axis rect placed below the curves,
// whose x range follows the curves' x axis, with one block per group (group name, then "At risk",
// "Censored", "Events" rows, and "Competing" for a competing-risks report; or a single "at risk" row
// per group in compact mode) and one cell per tick time taken from SurvivalGroup::at
// (summary(survfit, times=, extend=TRUE) counts) and SurvivalGroup::competingCum.
#include <vector>

#include <QColor>
#include <qcustomplot.h>

#include "core/analysis/survival_analysis.h"
#include "ui/common/plot_style.h"

namespace ts {

struct KmRiskTable {
    QCPAxisRect* rect = nullptr;
    // [group][row][tick]; empty for hidden groups. Row 0 = at risk, 1 = censored, 2 = events,
    // 3 = competing events (competing-risks reports).
    std::vector<std::vector<std::vector<QCPItemText*>>> cells;
    QCPItemText* heading = nullptr;   // "Number at risk" above a compact table
    std::vector<QCPItemText*> names;  // compact table: each shown group's name, in its colour
};

struct KmRiskTableSpec {
    std::vector<QColor> colours;  // per group, text colours (PlotStyle::armTextColour)
    std::vector<bool> hidden;     // per group (may be shorter: missing = shown)
    bool full = true;
    double timeFactor = 1.0;  // display time = report time * timeFactor
};

// Height in pixels of one table row in `font`, and of the table of `groups` shown groups (full: a
// heading and three rows each, four with competing events).
int riskTableRowHeight(const QFont& font);
int riskTableHeight(int groups, bool full, bool competing, const PlotStyle& style);

// Creates the table rect, puts it in `plot`'s layout grid at (row, 0), links its x axis to `main`'s
// and aligns their left/right margins.
KmRiskTable addRiskTable(QCustomPlot* plot, QCPAxisRect* main, int row, const SurvivalReport& report,
                         const KmRiskTableSpec& spec, const PlotStyle& style);

}  // namespace ts
