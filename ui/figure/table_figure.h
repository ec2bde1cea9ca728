#pragma once
// TableFigure: draws a table view (adverse events, baseline characteristics, the comparison table)
// as a figure, so table views export to PNG / PDF / SVG through FigureExporter like the plots do.
// The cells are the model's Qt::DisplayRole text (the same text the screen and the CSV show), laid
// out in a "three-line" journal table: optional title, bold header row between two rules, the body,
// a closing rule, and a footnote (provenance and citation). Columns are as wide as their widest line
// in the body font; cells over 32 characters wrap once. Horizontal positions are fractions of the
// table's axis rect, so the table spans whatever width it is exported at; rows keep a fixed line
// spacing (the rect is held to the table's height and a spacer takes the rest of the figure).
// For an export the table records its measure in the body font (TableMeasure), and FigureStyler
// scales its text to the export's size but never wider than the pane (fitScale), and its height
// with it (heightAt): a figure narrower than the table's columns gets smaller text, not cells
// drawn over each other.
#include <optional>

#include <QFont>
#include <QSizeF>
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

// What a drawn table needs at its drawing font: the width of its columns (widest line of each,
// bold where drawn bold, plus padding) and its height in lines.
struct TableMeasure {
    double width = 0;  // px at the font the table was drawn with, without the rect's margins
    double lines = 0;  // text lines and row spacing, top to bottom
};

class TableFigure {
public:
    static constexpr int kMaxRows = 40;  // a figure cannot hold a longer table legibly: CSV can

    // Clears `plot` and draws `model` into it. Does not call replot().
    static TableFigureItems render(QCustomPlot* plot, const QAbstractItemModel& model, const QString& title,
                                   const QString& footnote, const PlotStyle& style = PlotStyle::current());

    // The measure render() recorded on a table's axis rect; nothing for any other rect.
    static std::optional<TableMeasure> measure(const QCPAxisRect* rect);
    // The scale of `font` (the table's drawing font) for a table given `room` (its rect's width and
    // height, px) when the export asks for `scale`: `scale`, or less where the columns would not
    // fit the width or the rows the height.
    static double fitScale(const TableMeasure& m, double scale, QSizeF room, const QFont& font);
    // The rect's height with its text drawn in `font`.
    static int heightAt(const TableMeasure& m, const QFont& font);
};

}  // namespace ts
