#include "ui/common/legend_columns.h"

#include <algorithm>

#include "ui/common/text_wrap.h"

namespace ts {

namespace {

// Columns for the widest entry (its sample, gap and name, with room between columns) in `width`.
int columnsFor(const QCPLegend* legend, int width) {
    int widest = 0;
    for (int k = 0; k < legend->itemCount(); ++k)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(k)))
            widest = std::max(widest, QFontMetrics(item->font()).horizontalAdvance(item->plottable()->name()));
    const int entry = widest + legend->iconSize().width() + legend->iconTextPadding() + 20;
    return std::clamp(width / std::max(entry, 1), 1, std::max(legend->itemCount(), 1));
}

}  // namespace

void keepLegendInColumns(QCPLegend* legend) {
    QCustomPlot* plot = legend->parentPlot();
    QObject::connect(
        plot, &QCustomPlot::afterLayout, legend, [plot, legend, lastWidth = -1, lastFont = QFont()]() mutable {
            // The row's width: the plot layout's, whatever the legend's own columns take now.
            const int width = plot->plotLayout()->rect().width();
            if (width <= 0 || (width == lastWidth && legend->font() == lastFont)) return;
            lastWidth = width;
            lastFont = legend->font();
            const int columns = columnsFor(legend, width);
            if (columns == legend->wrap() && legend->fillOrder() == QCPLayoutGrid::foColumnsFirst) return;
            legend->setWrap(columns);
            legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);  // re-flow the items into the columns
            // Laid out with the old rows: lay the plot out again for the new ones.
            layOutAgain(plot);
        });
}

}  // namespace ts
