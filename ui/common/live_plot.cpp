#include "ui/common/live_plot.h"

#include <qcustomplot.h>

#include "ui/common/plot_style.h"

namespace ts {

void tuneForScreen(QCustomPlot* plot) {
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phFastPolylines, true);
}

void showPlotMessage(QCustomPlot* plot, const QString& message, const PlotStyle& style) {
    plot->clearItems();
    plot->clearPlottables();
    plot->plotLayout()->clear();
    auto* text = new QCPTextElement(plot, message, style.titleFont);
    text->setTextColor(style.muted);
    plot->plotLayout()->addElement(0, 0, text);
    plot->setBackground(style.background);
    plot->replot();
}

}  // namespace ts
