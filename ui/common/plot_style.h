#pragma once
// PlotStyle: the look shared by every TrialScope figure (screen and export): light and dark themes
// (colours, fonts, line widths) and the arm palette. Arm colours come from the study (Arm::colour,
// carried into reports as "#RRGGBB") or else from the Okabe–Ito colour-blind-safe palette by
// position (ts::okabeIto), so an arm keeps its colour in every view.
//
// Switching theme: PlotStyle::setTheme() changes current() and the application palette; widgets
// then receive QEvent::PaletteChange, on which views re-render their plots and rich text with
// current(). Text colours (foreground, muted, link, warning) keep a WCAG contrast of at least 4.5
// against the theme's window and background colours.
#include <string>

#include <QColor>
#include <QFont>

class QCustomPlot;
class QCPAxisRect;
class QCPLegend;

namespace ts {

class PlotStyle {
public:
    enum class Theme { Light, Dark };

    static const PlotStyle& current();
    static const PlotStyle& light();
    static const PlotStyle& dark();
    static void setTheme(Theme theme);  // also sets QApplication's palette (if an app exists)

    Theme theme = Theme::Light;
    QColor background;  // figure background
    QColor foreground;  // axes, tick labels, text
    QColor muted;       // secondary text (provenance, citation, notes)
    QColor grid;
    QColor panel;  // annotation box fill
    QColor panelBorder;
    QColor cursor;    // time cursor / landmark line
    QColor link;      // hyperlinks (DOI, citation) in text panes; also the palette's Link
    QColor warning;   // text flagging non-original data (provenance banner)
    QFont font;       // tick labels, legend, risk table
    QFont labelFont;  // axis labels
    QFont titleFont;
    QFont smallFont;          // provenance / citation line
    double curveWidth = 2.0;  // px at 96 dpi
    double axisWidth = 1.0;
    int ciAlpha = 48;  // 0..255, fill of CI bands

    // Colour of the group at `index` given its report colour ("#RRGGBB" or empty), for lines and
    // markers: at least 3:1 against the background (WCAG non-text contrast), the hue kept. In the
    // dark theme a colour too dark to read (Okabe–Ito black) is replaced by light grey.
    QColor armColour(int index, const std::string& colour = {}) const;
    // The same for text in the arm's colour (risk-table numbers): at least 4.5:1.
    QColor armTextColour(int index, const std::string& colour = {}) const;
    QColor ciFill(const QColor& arm) const;  // arm colour at ciAlpha

    // Whole figure: background, every axis rect (axes, grid, fonts) and the legend.
    void apply(QCustomPlot* plot) const;
    void applyAxisRect(QCPAxisRect* rect) const;
    void applyLegend(QCPLegend* legend) const;
};

// The factor by which a figure export scales the plot's fonts (1 on screen). Elements that set their
// own font while the plot is laid out (the fitted statistics box) multiply by it, so an export at
// any font size keeps them in proportion with the rest.
double figureFontScale(const QCustomPlot* plot);
// Set while a figure export draws the plot (FigureStyler), cleared after it.
void setFigureFontScale(QCustomPlot* plot, double scale);
void clearFigureFontScale(QCustomPlot* plot);
// True while a figure export draws the plot: a survival figure's legend then gives way to the data
// (on screen it is also the control that hides an arm, km_legend.h).
bool figureExporting(const QCustomPlot* plot);

}  // namespace ts
