#include "ui/common/live_plot.h"

#include <algorithm>

#include <QFontMetrics>
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
    const int widthChars =
        std::clamp(plot->width() / std::max(1, QFontMetrics(style.titleFont).averageCharWidth()), 30, 160);
    auto* text = new QCPTextElement(plot, wrapWords(message, widthChars), style.titleFont);
    text->setTextColor(style.muted);
    plot->plotLayout()->addElement(0, 0, text);
    plot->setBackground(style.background);
    plot->replot();
}

}  // namespace ts
