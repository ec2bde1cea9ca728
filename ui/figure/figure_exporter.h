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
// With a record (setRecord: a FigureRecord's JSON, core/io/figure_record.h) every file carries it
// (core/io/figure_embed.h): PNG iTXt chunk, SVG <metadata>, PDF XMP packet.
#include <string>
#include <vector>

#include <QByteArray>
#include <QImage>
#include <QString>

#include "ui/common/plot_style.h"
#include "ui/figure/figure_options.h"

class QCustomPlot;
class QCPPainter;

namespace ts {

class FigureExporter {
public:
    explicit FigureExporter(std::vector<QCustomPlot*> panes, const PlotStyle& base = PlotStyle::current());

    // Writes the format the file suffix names (.png, .pdf, .svg; any case). Returns "" on success,
    // else a one-line error naming the file.
    QString save(const QString& path, const FigureOptions& options) const;
    QString savePng(const QString& path, const FigureOptions& options) const;
    QString savePdf(const QString& path, const FigureOptions& options) const;
    QString saveSvg(const QString& path, const FigureOptions& options) const;

    QImage toImage(const FigureOptions& options) const;
    // Paints the figure's canvas scaled into `target` of a painter already begun on a vector
    // device (a report's PDF page): text stays text.
    void paintInto(QCPPainter& painter, const QRectF& target, const FigureOptions& options) const;
    QByteArray toSvg(const FigureOptions& options) const;
    // Puts the figure on the clipboard as an image and as SVG (image/svg+xml).
    void copyToClipboard(const FigureOptions& options) const;

    static bool supportedSuffix(const QString& path);
    void setRecord(std::string json) { m_record = std::move(json); }

private:
    void paint(QCPPainter& painter, const FigureOptions& options) const;

    std::vector<QCustomPlot*> m_panes;
    PlotStyle m_base;
    std::string m_record;  // "" = none
};

}  // namespace ts
