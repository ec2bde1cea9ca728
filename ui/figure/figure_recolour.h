#pragma once
// recolourFigure: repaints a figure drawn in PlotStyle `from` in the colours of `to` (for export:
// a plot shown in the dark theme goes to paper in the light theme's colours), recording every
// change in `restore` so the screen gets its colours back afterwards.
//
// A colour is mapped by the role it plays in `from` (background, foreground, muted, grid, panel,
// panel border, cursor, and the light grey that stands in for too-dark arm colours in the dark
// theme) to the same role in `to`; a colour with an alpha of its own keeps that alpha. CI band
// fills (from.ciAlpha) take to.ciAlpha. Arm colours, the same in every theme, are left as they are.
// Covers axes and grids, legends and their items, text elements, the item types the views draw
// (text, line, straight line, rectangle) and plottable pens, brushes and scatter styles.
class QCustomPlot;

namespace ts {

class FigureRestore;
class PlotStyle;

void recolourFigure(QCustomPlot* plot, const PlotStyle& from, const PlotStyle& to, FigureRestore& restore);

}  // namespace ts
