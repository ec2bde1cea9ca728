#include "ui/figure/figure_parts.h"

#include <qcustomplot.h>

namespace ts {

FigureParts figureParts(QCustomPlot* plot) {
    FigureParts parts;
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        // elements(true) reaches into each axis rect's inset layout too: a legend placed inside the
        // plot is listed once, here, like one in the outer layout.
        if (auto* rect = qobject_cast<QCPAxisRect*>(e)) {
            for (QCPAxis* axis : rect->axes()) parts.axes.push_back(axis);
        } else if (auto* legend = qobject_cast<QCPLegend*>(e)) {
            parts.legends.push_back(legend);
        } else if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            parts.texts.push_back(text);
        }
    }
    return parts;
}

}  // namespace ts
