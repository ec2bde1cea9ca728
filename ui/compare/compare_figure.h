#pragma once
// CompareFigure: draws a Comparison with KmPlot, either
//   side by side: one QCustomPlot pane per study, every pane with the same display unit, x range
//                 and ticks (the risk tables therefore share their columns), arms in their
//                 comparison colours; or
//   overlay:      one plot with the chosen arms of every study, legend "STUDY: arm (n = ..)", each
//                 study with its own line style (solid, dashed, dotted, dash-dot) on top of the
//                 per-arm colours, one risk table holding every shown arm.
// Pane footers state the provenance only, one line each; the studies' citations go to the figure's
// shared caption (citations(): under the panes on screen, the caption of an exported figure), so
// that panes side by side keep equal footers. Risk tables get the height of the tallest, so the
// main axis rects and the table rows of all panes share their top and bottom at every size.
// Neither computes statistics: the overlay is a SurvivalReport assembled from the studies' groups
// with their times rescaled to the display unit.
#include <vector>

#include <QString>

#include "core/analysis/compare_studies.h"
#include "core/analysis/liver_analysis.h"
#include "ui/survival/km_plot.h"

class QCustomPlot;

namespace ts {

class CompareFigure {
public:
    // panes.size() must equal comparison.studies.size(). Does not replot.
    static std::vector<KmPlotItems> sideBySide(const std::vector<QCustomPlot*>& panes, const Comparison& comparison,
                                               const PlotStyle& style = PlotStyle::current());
    static KmPlotItems overlay(QCustomPlot* plot, const Comparison& comparison,
                               const PlotStyle& style = PlotStyle::current());

    // The overlay's report: shown arms of every study, times in the display unit.
    static SurvivalReport overlayReport(const Comparison& comparison);
    // The x range every comparison figure uses (display units).
    static QCPRange timeRange(const Comparison& comparison);
    // The shared caption of both layouts: "ID: citation; ID: citation".
    static QString citations(const Comparison& comparison);  // per study: citation, else title, else id
    // "eDISH across studies", or mDISH when the peaks are multiples of each subject's baseline.
    static QString liverTitle(LiverReference reference);
    // The provenance of each study's curves, for the overlay's footer: "CDISCPILOT01 original, SHI2021 reconstructed".
    static QString dataStatement(const Comparison& comparison);
    // Pen style of study `index` in the overlay.
    static Qt::PenStyle studyLine(int index);
};

}  // namespace ts
