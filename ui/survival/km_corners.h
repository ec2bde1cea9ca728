#pragma once
// How much of a survival figure's drawn step curves a box in a corner of the axis rect would cover,
// for placing the legend and the statistics box. Works on the curves' own graph data (shared, not
// copied), so a figure of 10^6 steps keeps no second copy of its curves for this.
#include <vector>

#include <qcustomplot.h>

namespace ts {

using StepData = QSharedPointer<QCPGraphDataContainer>;  // a step curve (lsStepLeft) as drawn

// Pixels between the axis rect's edges and a legend or box in a corner: clear of the axis lines and
// their inward ticks (QCustomPlot's 5 px).
inline constexpr int kCornerGap = 8;

// What a legend or box keeps clear of: the curves, then their confidence bands (and stacked curves).
struct KmDrawn {
    std::vector<StepData> curves;
    std::vector<StepData> bands;
};

// How many of 61 points sampled along each curve (evenly over the x range) fall into a box of
// (w, h) axis-rect fractions at `corner`, a curve's point counting as 1000 of a band's: a corner
// over a band is taken before one over a curve. 0 only when the box covers neither.
int cornerHits(const KmDrawn& drawn, const QCPRange& xr, const QCPRange& yr, Qt::Alignment corner, double w, double h);

// The four corners, emptiest first for a box of (w, h) axis-rect fractions (ties: top right,
// bottom left, bottom right, top left).
std::vector<Qt::Alignment> freeCorners(const KmDrawn& drawn, const QCPRange& xr, const QCPRange& yr, double w = 0.42,
                                       double h = 0.3);

}  // namespace ts
