#pragma once
// The statistics box of a survival figure, sized to fit. On every layout (a resize, an export at
// any size) it takes the first corner, in the order given (emptiest of curves first), where one of
// these looks lies inside the main axis rect, kCornerGap pixels off the axes and clear of the
// legend, and the first such look: the full wording in the plot font, the compact wording, the
// compact wording in the small font, then the compact wording in the small font wrapped to the
// rect's width or to the width beside the legend, then the test's p alone (plot font, small font),
// and covers no curve or confidence band (61 points sampled along each at its real size,
// km_corners.h). A smaller box in a free corner beats a larger one over the curves. Where no look is
// clear of them in any corner (or nothing fits: a plot far too small to read) the box is hidden at
// that size rather than drawn over the data (an exported figure first tries without an optional
// legend, below); a larger size shows it again.
#include <vector>

#include <QString>
#include <qcustomplot.h>

#include "ui/common/plot_style.h"
#include "ui/survival/km_corners.h"

namespace ts {

struct KmStatsWording {
    QString full;
    QString compact;
    QString brief;  // the test's p alone; "" for none
};

// Adds the box to `rect`; `legend` (nullptr when none) is kept clear while it is visible, and so are
// `curves` (the shown curves as drawn). `legendOptional`: a risk table names the groups in their
// colours, so in an exported figure where no look finds room beside the legend, the legend is
// hidden at that size and the box placed without it.
QCPItemText* addKmStatsBox(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, bool legendOptional,
                           const KmStatsWording& text, const std::vector<Qt::Alignment>& corners, const KmDrawn& curves,
                           const PlotStyle& style);

}  // namespace ts
