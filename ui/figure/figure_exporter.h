#pragma once
// FigureExporter: writes one figure, made of 1..4 QCustomPlot panes side by side (a view's plot,
// or the panes of a study comparison), to PNG, PDF or SVG or to the clipboard, with the size,
// resolution, fonts, line width, title, caption and background of a FigureOptions.
//
// Every format paints the same logical canvas (FigureOptions::logicalSize(), 96 units per inch)
// through QCustomPlot::toPainter, so the layout (legend, risk table under its ticks, footers) is
// computed once for the page size and is identical in all three files:
//   PNG  QImage of exactly pixelSize() pixels, the canvas scaled by dpi / 96, DPI stored in the file;
//   PDF  QPdfWriter page of widthMm x heightMm at 96 dpi, vectorised painter: text stays text;
//   SVG  QSvgGenerator with a viewBox of the canvas and width/height in mm: text as <text>,
//        curves as paths.
// The panes are restyled (FigureStyler) only while painting and restored afterwards; whatever the
// screen theme they were drawn in (`base`), the file gets the light (paper) theme's colours.
// With a record (setRecord, core/io/figure_record.h) every file carries it (core/io/figure_embed.h):
// PNG iTXt chunk, SVG <metadata>, PDF XMP packet.
//
// Text too large for the canvas is made smaller, 0.5 pt at a time down to 6 pt, every pane alike,
// until each pane holds its text and its tallest plot keeps a quarter of its height. A figure
// still without room leaves out (figure_room.h) a legend whose colours a table names, then its
// footnotes' notes (it keeps their leads: the provenance and the keys to the plot), each time with
// its text at the size asked for, made smaller again only as needed. The notes left out are listed
// in its record ("notes_not_drawn") for its caption; fit() says which, and whether the figure
// holds its text at all (a figure that does not even at 6 pt is too small for what it draws).
#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

#include "core/io/figure_record.h"
#include "ui/common/plot_style.h"
#include "ui/figure/figure_options.h"
#include "ui/figure/figure_restore.h"

class QCustomPlot;
class QCPPainter;

namespace ts {

// How an export fitted its text to the canvas.
struct FigureFit {
    double fontSize = 0;        // the panes' text size (pt), at most the options' fontSize
    QStringList notesNotDrawn;  // footnote notes left out for want of room, in footnote order
    bool fits = true;           // every pane holds its text and keeps a quarter of its height for its plot
};

class FigureExporter {
public:
    explicit FigureExporter(std::vector<QCustomPlot*> panes, const PlotStyle& base = PlotStyle::current());

    // Writes the format the file suffix names (.png, .pdf, .svg; any case). Returns "" on success,
    // else a one-line error naming the file. `fit`, when given, receives how the figure was fitted.
    QString save(const QString& path, const FigureOptions& options, FigureFit* fit = nullptr) const;
    QString savePng(const QString& path, const FigureOptions& options, FigureFit* fit = nullptr) const;
    QString savePdf(const QString& path, const FigureOptions& options, FigureFit* fit = nullptr) const;
    QString saveSvg(const QString& path, const FigureOptions& options, FigureFit* fit = nullptr) const;

    // The figure as an image / SVG; `fit`, when given, receives how it was fitted.
    QImage toImage(const FigureOptions& options, FigureFit* fit = nullptr) const;
    // Paints the figure's canvas scaled into `target` of a painter already begun on a vector
    // device (a report's PDF page): text stays text.
    void paintInto(QCPPainter& painter, const QRectF& target, const FigureOptions& options) const;
    QByteArray toSvg(const FigureOptions& options, FigureFit* fit = nullptr) const;
    // Puts the figure on the clipboard as an image and as SVG (image/svg+xml).
    void copyToClipboard(const FigureOptions& options) const;

    // How the figure fits at `options`: its text size, the notes it leaves out, whether it fits.
    FigureFit fit(const FigureOptions& options) const;

    static bool supportedSuffix(const QString& path);
    void setRecord(FigureRecord record) { m_record = std::move(record); }

private:
    // Fits the figure and, when `draw`, paints it; returns how it was fitted.
    FigureFit paint(QCPPainter& painter, const FigureOptions& options, bool draw = true) const;
    // Lays the panes out (every pane `pane` high and its share of `pane`'s width) with text made
    // smaller as needed; whether they have room at the size it leaves in `paneOptions`.
    bool fitText(FigureOptions& paneOptions, QSize pane) const;
    // Take out of the drawing every legend marked keyed elsewhere / every footnote's notes, until
    // `restore` puts them back; whether there was one / the notes taken out.
    bool leaveOutKeyedLegends(FigureRestore& restore) const;
    QStringList leaveOutNotes(FigureRestore& restore) const;
    // The record's JSON with the notes `fit` left out; "" without a record.
    std::string recordJson(const FigureFit& fit) const;

    std::vector<QCustomPlot*> m_panes;
    PlotStyle m_base;
    std::optional<FigureRecord> m_record;
};

}  // namespace ts
