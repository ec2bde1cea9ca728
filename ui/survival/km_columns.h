#pragma once
// The time columns of a survival figure: the labelled ticks of the time axis and the risk-table
// columns under them. When the figure is too narrow for neighbouring tick labels and risk-table
// numbers to stand apart (two panes in an 85 mm figure, a zoomed-out window), only every k-th tick
// is labelled and every k-th column shown, k the smallest stride that leaves a digit's width between
// neighbours. k is decided after every layout (QCustomPlot::afterLayout), so it follows window
// resizes, zooms and figure exports at any size and font size; a column whose time is outside the
// visible range is hidden.
#include <map>
#include <memory>
#include <vector>

#include <QPointer>
#include <QString>
#include <qcustomplot.h>

namespace ts {

// Panes side by side share one stride, the largest any of them needs, so that they label the same
// ticks: each pane records its own need here after its layout and re-plots the others when the
// shared stride changes.
struct KmColumnShare {
    std::map<const QCPAxisRect*, int> needs;
    std::vector<QPointer<QCustomPlot>> plots;
};

struct KmColumns {
    QCPAxisRect* rect = nullptr;               // main axis rect; its bottom axis has a QCPAxisTickerFixed
    double step = 1;                           // display units between tick times (multiples of step from 0)
    std::vector<QPointer<QCPItemText>> cells;  // risk-table numbers, each at a tick time
    QString widest;                            // the widest text a column must hold
    std::shared_ptr<KmColumnShare> share;      // null: the plot decides alone
};

// Connects the thinning to `plot`'s layout; the connection ends with columns.rect.
void fitKmColumns(QCustomPlot* plot, const KmColumns& columns);

// The stride currently applied to `rect`'s time axis (1 = every tick labelled).
int kmColumnStride(const QCPAxisRect* rect, double step);

}  // namespace ts
