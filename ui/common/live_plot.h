#pragma once
// Settings every on-screen plot shares so that panning and zooming stay under a frame (16 ms)
// even with 10^6-subject curves or 10^6 lab rows.
class QCustomPlot;

namespace ts {

// No antialiasing while the user drags (QCustomPlot restores it on release) and fast polylines
// (segments instead of one joined path). Figure exports are unaffected: PDF and SVG painters are
// vectorised and the PNG painter runs without caching, and QCustomPlot uses fast polylines for neither.
void tuneForScreen(QCustomPlot* plot);

}  // namespace ts
