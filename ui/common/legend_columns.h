#pragma once
// A legend in a row of its own (above or under a plot) laid out in as many columns as its widest
// entry allows at the width it is drawn at: on screen after every resize, and in every export at
// that export's size and type size (the eDISH legend of an 85 mm export kept the screen's columns:
// its entries overlapped and it cut into the plot; the labs legend ran past the edge).
#include <qcustomplot.h>

namespace ts {

// Re-flows `legend` after every layout in which its width or font changed.
void keepLegendInColumns(QCPLegend* legend);

}  // namespace ts
