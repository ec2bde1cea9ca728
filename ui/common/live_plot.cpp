#include "ui/common/live_plot.h"

#include <qcustomplot.h>

namespace ts {

void tuneForScreen(QCustomPlot* plot) {
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phFastPolylines, true);
}

}  // namespace ts
