#pragma once
// WCAG 2.1 colour contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio) and the adjustment
// that makes an arm colour readable on a figure background: lines need 3:1 (non-text graphics),
// text 4.5:1 (normal-size text). The hue and saturation are kept, only the HSL lightness moves,
// so an adjusted colour is still recognisably the arm's.
#include <QColor>

namespace ts {

inline constexpr double kLineContrast = 3.0;
inline constexpr double kTextContrast = 4.5;

double relativeLuminance(const QColor& c);
double contrastRatio(const QColor& a, const QColor& b);

// `colour` itself when it already reaches `ratio` against `background`; else the same hue darkened
// (light background) or lightened (dark background) just enough to reach it. Alpha is kept.
QColor readableOn(const QColor& colour, const QColor& background, double ratio);

}  // namespace ts
