#include "ui/common/live_plot.h"

#include <qcustomplot.h>

#include "ui/common/plot_style.h"
#include "ui/common/text_wrap.h"

namespace ts {

void tuneForScreen(QCustomPlot* plot) {
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phFastPolylines, true);
}

void showPlotMessage(QCustomPlot* plot, const QString& message, const PlotStyle& style) {
    plot->clearItems();
    plot->clearPlottables();
    plot->plotLayout()->clear();
    // Wrapped to the plot's width: a long message as one line was cut on both sides.
    auto* text =
        new QCPTextElement(plot, wrapToWidth(message, style.titleFont, plot->width(), 30, 160), style.titleFont);
    text->setTextColor(style.muted);
    plot->plotLayout()->addElement(0, 0, text);
    plot->setBackground(style.background);
    plot->replot();
}

}  // namespace ts
