#pragma once
// Settings every on-screen plot shares so that panning and zooming stay under a frame (16 ms)
// even with 10^6-subject curves or 10^6 lab rows.
class QCustomPlot;
class QString;

namespace ts {

class PlotStyle;

// No antialiasing while the user drags (QCustomPlot restores it on release) and fast polylines
// (segments instead of one joined path). Figure exports are unaffected: PDF and SVG painters are
// vectorised and the PNG painter runs without caching, and QCustomPlot uses fast polylines for neither.
void tuneForScreen(QCustomPlot* plot);

// Empties the plot (items, plottables, layout) and shows one centred message in the muted title
// font instead of a figure ("No study selected", why a view has nothing to draw), wrapped to the
// plot's width; replots.
void showPlotMessage(QCustomPlot* plot, const QString& message, const PlotStyle& style);

}  // namespace ts
