#pragma once
// figureParts: the text-bearing parts of a drawn QCustomPlot that export restyling touches: every
// axis of every axis rect, every legend (a layout element or inset in an axis rect) and every text
// element of the plot layout, in layout order.
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPLegend;
class QCPTextElement;

namespace ts {

struct FigureParts {
    std::vector<QCPAxis*> axes;
    std::vector<QCPLegend*> legends;
    std::vector<QCPTextElement*> texts;
};

FigureParts figureParts(QCustomPlot* plot);

}  // namespace ts
