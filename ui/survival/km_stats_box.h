#pragma once
// The statistics box of a survival figure, sized to fit. On every layout (a resize, an export at
// any size) it takes the first corner, in the order given (emptiest of curves first), where one of
// these looks lies inside the main axis rect and clear of the legend, and the first such look: the
// full wording in the plot font, the compact wording, the compact wording in the small font, then
// the compact wording in the small font wrapped to the rect's width or to the width beside the
// legend, and covers no curve (61 points sampled along each at its real size, km_corners.h). A
// smaller box in a free corner beats a larger one over the curves. Only where no look is clear of
// the curves in any corner does the box take the first look and corner inside the rect and clear
// of the legend; when nothing fits (a plot far too small to read) it is hidden rather than drawn
// across the axes.
#include <vector>

#include <QString>
#include <qcustomplot.h>

#include "ui/common/plot_style.h"
#include "ui/survival/km_corners.h"

namespace ts {

struct KmStatsWording {
    QString full;
    QString compact;
};

// Adds the box to `rect`; `legend` (nullptr when none) is kept clear while it is visible, and so are
// `curves` (the shown curves as drawn).
QCPItemText* addKmStatsBox(QCustomPlot* plot, QCPAxisRect* rect, const QCPLegend* legend, const KmStatsWording& text,
                           const std::vector<Qt::Alignment>& corners, const std::vector<StepData>& curves,
                           const PlotStyle& style);

}  // namespace ts
