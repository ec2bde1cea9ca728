#pragma once
// The drawn step curves of a survival figure in display coordinates, and how much of them a box in
// a corner of the axis rect would cover (for placing the legend and the statistics box).
#include <vector>

#include <QVector>
#include <qcustomplot.h>

#include "core/stats/kaplan_meier.h"

namespace ts {

struct KmCurve {
    QVector<double> keys, surv, lower, upper;   // y = S or 1 - S, with the CI bounds
};

// The step curve of one fit in display coordinates (time * factor), starting at (start, 1).
KmCurve kmCurve(const stats::KmFit& fit, double factor, double start, bool cumulative);

// How many of 61 points sampled along each curve (evenly over the x range) fall into a box of
// (w, h) axis-rect fractions at `corner`.
int cornerHits(const std::vector<KmCurve>& curves, const QCPRange& xr, const QCPRange& yr, Qt::Alignment corner,
               double w, double h);

// The four corners, emptiest first for a box of (w, h) axis-rect fractions (ties: top right,
// bottom left, bottom right, top left).
std::vector<Qt::Alignment> freeCorners(const std::vector<KmCurve>& curves, const QCPRange& xr, const QCPRange& yr,
                                       double w = 0.42, double h = 0.3);

}  // namespace ts
