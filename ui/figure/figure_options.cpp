#include "ui/figure/figure_options.h"

#include <cmath>

#include "core/options/args.h"

namespace ts {

namespace {

constexpr double kMmPerInch = 25.4;

int toUnits(double mm, double perInch) { return static_cast<int>(std::lround(mm / kMmPerInch * perInch)); }

}  // namespace

QSize FigureOptions::logicalSize() const { return {toUnits(widthMm, kLogicalDpi), toUnits(heightMm, kLogicalDpi)}; }

QSize FigureOptions::pixelSize() const { return {toUnits(widthMm, dpi), toUnits(heightMm, dpi)}; }

QString FigureOptions::problem() const {
    if (!(widthMm >= 20 && widthMm <= 1000) || !(heightMm >= 20 && heightMm <= 1000))
        return QStringLiteral("figure size must be between 20 and 1000 mm per side");
    if (dpi < kMinDpi || dpi > kMaxDpi)
        return QStringLiteral("DPI must be between %1 and %2").arg(kMinDpi).arg(kMaxDpi);
    if (!(fontSize >= 4 && fontSize <= 48)) return QStringLiteral("font size must be between 4 and 48 pt");
    if (!(lineWidth > 0 && lineWidth <= 10)) return QStringLiteral("line width must be between 0 and 10 pt");
    return {};
}

QString FigureOptions::problem(const QString& suffix) const {
    if (QString p = problem(); !p.isEmpty()) return p;
    const QSize px = pixelSize();
    const double pixels = double(px.width()) * double(px.height());
    if (suffix.compare(QLatin1String("png"), Qt::CaseInsensitive) == 0 && pixels > kMaxPngPixels)
        return QStringLiteral(
                   "a PNG of %1 x %2 pixels (%3 megapixels) is too large (at most %4): lower the DPI or "
                   "the size, or export PDF or SVG")
            .arg(px.width())
            .arg(px.height())
            .arg(qRound(pixels / 1e6))
            .arg(qRound(kMaxPngPixels / 1e6));
    return {};
}

FigureOptions presetOptions(FigurePreset preset) {
    FigureOptions o;
    switch (preset) {
    case FigurePreset::SingleColumn: o.widthMm = 85; break;
    case FigurePreset::OneAndHalfColumn: o.widthMm = 120; break;
    case FigurePreset::DoubleColumn: o.widthMm = 180; break;
    case FigurePreset::Slide:
        // A 10 in wide 16:9 slide (PowerPoint / Beamer widescreen), larger type for projection.
        o.widthMm = 254;
        o.heightMm = 254 * 9.0 / 16.0;
        o.fontSize = 14;
        o.lineWidth = 3;
        o.dpi = 150;
        return o;
    }
    // Journal figures: a 10:7 landscape panel leaves room for the risk table under the curves.
    o.heightMm = std::round(o.widthMm * 0.7);
    o.fontSize = preset == FigurePreset::SingleColumn ? 7 : 8;
    o.lineWidth = preset == FigurePreset::SingleColumn ? 1.25 : 1.5;
    return o;
}

namespace {
constexpr Choice<FigurePreset> kPresets[] = {
    {FigurePreset::SingleColumn, "single", "Journal single column (85 mm)"},
    {FigurePreset::OneAndHalfColumn, "one-and-half", "Journal 1.5 column (120 mm)"},
    {FigurePreset::DoubleColumn, "double", "Journal double column (180 mm)"},
    {FigurePreset::Slide, "slide", "Slide 16:9 (254 x 143 mm)"},
};
constexpr Choice<bool> kBackgrounds[] = {
    {false, "white", "White"},
    {true, "transparent", "Transparent"},
};
}  // namespace

std::vector<std::string> FigureOptions::words() const {
    std::vector<std::string> out{
        "--width-mm",   optionNumber(widthMm),   "--height-mm",  optionNumber(heightMm),
        "--dpi",        std::to_string(dpi),     "--font-size",  optionNumber(fontSize),
        "--line-width", optionNumber(lineWidth), "--background", std::string(figureBackgrounds().name(transparent))};
    if (!title.isEmpty()) out.insert(out.end(), {"--title", title.toStdString()});
    if (!caption.isEmpty()) out.insert(out.end(), {"--caption", caption.toStdString()});
    return out;
}

const Choices<FigurePreset>& figurePresets() {
    static constexpr Choices<FigurePreset> table("--preset", kPresets);
    return table;
}

const Choices<bool>& figureBackgrounds() {
    static constexpr Choices<bool> table("--background", kBackgrounds);
    return table;
}

QString figureCaption(const QString& provenance, const QString& citation) {
    if (provenance.isEmpty()) return citation;
    if (citation.isEmpty()) return provenance;
    return provenance + QStringLiteral(" \u00b7 ") + citation;
}

}  // namespace ts
