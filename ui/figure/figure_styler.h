#pragma once
// FigureStyler: applies a FigureOptions' font size, curve line width and background to a drawn
// QCustomPlot for the time of an export, and restores the plot as it was when destroyed. It works
// on any figure (survival, labs, tables, forest, comparison panes) because it only scales what the
// figure already holds:
//   - every font (axis labels and tick labels, legends and their items, text elements, text items)
//     by fontSize / base.font.pointSizeF(), so the relative sizes the view chose are kept, and the
//     height of every risk table (a fixed-height axis rect) with its rows' text; a table figure's
//     cells (table_figure.h) by as much, or less where its columns or rows would not fit the pane;
//   - the space between the layout's rows and round the axis titles by as much as the fonts,
//     where they shrink;
//   - every plottable pen drawn at base.curveWidth (the curves) to lineWidth pt (96 / 72 px per
//     pt); thinner pens (CI edges, grid, censor marks) keep their width;
//   - a figure drawn in the dark theme to the light theme's colours (recolourFigure): publication
//     figures are dark text on paper whatever the screen shows;
//   - the figure background to white or to none (transparent).
#include "ui/common/plot_style.h"
#include "ui/figure/figure_options.h"
#include "ui/figure/figure_restore.h"

class QCustomPlot;

namespace ts {

class FigureStyler {
public:
    // `base` is the style the plot was drawn with; `pane` the size (logical px) it is exported at,
    // empty for the whole figure's.
    FigureStyler(QCustomPlot* plot, const FigureOptions& options, const PlotStyle& base = PlotStyle::current(),
                 QSize pane = {});

    // Whether every table figure's text is at least FigureOptions::kSmallestPt (a table whose
    // columns or rows need smaller text in this pane is too large for it).
    bool tablesReadable() const { return m_tablesReadable; }

private:
    FigureRestore m_restore;
    bool m_tablesReadable = true;
};

}  // namespace ts
