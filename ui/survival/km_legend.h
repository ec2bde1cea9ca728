#pragma once
// The legend of a survival figure, fitted to the plot after every layout in which the axis rect
// changed size (a window resize, a figure export at any size and font): it takes the corner where,
// at its real size, it covers the fewest curve points. When it covers curves in every corner and a
// risk table states each arm's n (its first column), the entries drop their "(n = ..)" if the
// narrower legend then covers fewer points (or fits where the full one did not); and if it still
// covers curves or their bands in every corner in an exported figure (Li 2023 in a single column;
// on screen it is also the control that hides an arm, and stays), or is larger
// than the plot or than a third of it (three long arm names: it ran past the figure's edge), it is
// hidden at that size, the risk table naming each group in its colour. A larger size shows it
// again. Only called for a legend asked for. It keeps kCornerGap pixels off the axes.
#include <vector>

#include <QPointer>
#include <QString>

#include "ui/survival/km_corners.h"

namespace ts {

struct KmLegendEntry {
    QPointer<QCPGraph> curve;
    QString full;   // "UC-MSC (n = 108)"
    QString brief;  // "UC-MSC", or empty: never shortened
};

// `curves`: the shown curves as drawn. The connection ends with `rect`.
void fitKmLegend(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, const std::vector<KmLegendEntry>& entries,
                 const KmDrawn& curves);

}  // namespace ts
