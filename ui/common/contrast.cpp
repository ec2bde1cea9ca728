#include "ui/common/contrast.h"

#include <algorithm>
#include <cmath>

namespace ts {

double relativeLuminance(const QColor& c) {
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio) {
    if (contrastRatio(colour, background) >= ratio) return colour;
    // Luminance falls monotonically with HSL lightness at fixed hue and saturation, so a bisection
    // on lightness towards black (light background) or white (dark background) finds the colour
    // nearest the original that reaches the ratio. 20 halvings resolve lightness below 1e-6.
    const bool darken = relativeLuminance(background) > 0.18;  // the ratio is reachable towards the far end
    const QColor hsl = colour.toHsl();
    const float h = hsl.hslHueF(), s = hsl.hslSaturationF();
    float near = hsl.lightnessF(), far = darken ? 0.0f : 1.0f;
    for (int i = 0; i < 20; ++i) {
        const float mid = (near + far) / 2;
        if (contrastRatio(QColor::fromHslF(h, s, mid), background) >= ratio) far = mid;
        else near = mid;
    }
    QColor out = QColor::fromHslF(h, s, far).toRgb();
    out.setAlphaF(colour.alphaF());
    return out;
}

}  // namespace ts
