#pragma once
// TableFigure: draws a table view (adverse events, baseline characteristics, the comparison table)
// as a figure, so table views export to PNG / PDF / SVG through FigureExporter like the plots do.
// The cells are the model's Qt::DisplayRole text (the same text the screen and the CSV show), laid
// out in a "three-line" journal table: optional title, bold header row between two rules, the body,
// a closing rule, and a footnote (provenance and citation). Columns are as wide as their widest line
// in the body font; cells over 32 characters wrap once. Horizontal positions are fractions of the
// table's axis rect, so the table spans whatever width it is exported at; rows keep a fixed line
// spacing (the rect is held to the table's height and a spacer takes the rest of the figure).
#include <QString>

#include "ui/common/plot_style.h"

class QAbstractItemModel;
class QCustomPlot;
class QCPAxisRect;

namespace ts {

struct TableFigureItems {
    QCPAxisRect* rect = nullptr;
    int rowsShown = 0;    // body rows drawn
    int rowsLeftOut = 0;  // body rows beyond maxRows (named in the footnote)
};

class TableFigure {
public:
    static constexpr int kMaxRows = 40;  // a figure cannot hold a longer table legibly: CSV can

    // Clears `plot` and draws `model` into it. Does not call replot().
    static TableFigureItems render(QCustomPlot* plot, const QAbstractItemModel& model, const QString& title,
                                   const QString& footnote, const PlotStyle& style = PlotStyle::current());
};

}  // namespace ts
