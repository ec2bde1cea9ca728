#pragma once
// FigureOptions: how a figure is written to a file or the clipboard: physical size (mm), raster
// resolution (DPI, PNG only), font size and curve line width, optional title and caption (with the
// citation and provenance line) and white or transparent background. Presets give the usual
// journal column widths and a 16:9 slide.
//
// Geometry: a figure is laid out on a logical canvas of 96 units per inch (Qt's reference DPI, the
// unit of every pen width and pixel size in ui/), i.e. widthPx() = mm / 25.4 * 96; vector files are
// written at that resolution with their page set to the size in mm, and a PNG is the same canvas
// scaled by dpi / 96, so it holds exactly mm / 25.4 * dpi pixels per side.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QSize>
#include <QString>

#include "core/model/choices.h"

namespace ts {

enum class FigurePreset { SingleColumn, OneAndHalfColumn, DoubleColumn, Slide };

struct FigureOptions {
    double widthMm = 180;
    double heightMm = 120;
    int dpi = 300;             // PNG resolution, 72 .. 1200
    double fontSize = 9;       // points, tick labels / legend / risk table (axis labels +1, title +2)
    double lineWidth = 2;      // curve pen width in points
    QString title;             // drawn above the figure; empty = none
    QString caption;           // drawn below the figure (citation, provenance); empty = none
    bool transparent = false;  // background: false = white

    static constexpr int kMinDpi = 72;
    static constexpr int kMaxDpi = 1200;
    static constexpr double kLogicalDpi = 96;
    // The smallest text a figure is given to make room (the print size journals accept), pt.
    static constexpr double kSmallestPt = 6;
    // The largest PNG written: 120 megapixels (480 MB of image in memory), e.g. a 250 x 250 mm
    // figure at 1100 dpi. 1000 x 1000 mm at 1200 dpi would be 2.2 gigapixels (8.8 GB).
    static constexpr double kMaxPngPixels = 120e6;

    // The export options that give these options (`--width-mm 180 --height-mm 120 --dpi 300
    // --font-size 9 --line-width 2 --background white`, then --title and --caption when set); numbers
    // in their shortest exact form, so reading them back gives the same options.
    std::vector<std::string> words() const;
    // Logical canvas size (96 per inch), rounded to whole units.
    QSize logicalSize() const;
    // PNG size in pixels: round(mm / 25.4 * dpi) per side.
    QSize pixelSize() const;
    // Empty when the options can be rendered, else a one-line reason (size or DPI out of range).
    QString problem() const;
    // problem(), and for a PNG also its pixel count (kMaxPngPixels); `suffix` is png, pdf or svg.
    QString problem(const QString& suffix) const;
};

// Width and height of a preset (height: 0.7 x width for the journal presets, 9/16 for a slide).
FigureOptions presetOptions(FigurePreset preset);
// --preset: "single", "one-and-half", "double", "slide", labelled "Journal single column (85 mm)", ...
const Choices<FigurePreset>& figurePresets();
// --background: "white" (false) or "transparent" (true), FigureOptions::transparent.
const Choices<bool>& figureBackgrounds();

// The caption line of a study figure: "Data: <provenance> · <citation>" (either part may be empty).
QString figureCaption(const QString& provenance, const QString& citation);

}  // namespace ts
