#include "ui/figure_parts.h"

#include <qcustomplot.h>

namespace ts {

FigureParts figureParts(QCustomPlot* plot) {
    FigureParts parts;
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        if (auto* rect = qobject_cast<QCPAxisRect*>(e)) {
            for (QCPAxis* axis : rect->axes()) parts.axes.push_back(axis);
            for (QCPLayoutElement* inset : rect->insetLayout()->elements(true))
                if (auto* legend = qobject_cast<QCPLegend*>(inset)) parts.legends.push_back(legend);
        } else if (auto* legend = qobject_cast<QCPLegend*>(e)) {
            parts.legends.push_back(legend);
        } else if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            parts.texts.push_back(text);
        }
    }
    return parts;
}

}  // namespace ts
