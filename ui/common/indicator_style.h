#pragma once
// IndicatorStyle: the application's style with one change: in the dark theme, check boxes and radio
// buttons get a light outline. Fusion outlines them a shade darker than the window, which on a dark
// window left unchecked boxes invisible (issue 20). Installed by PlotStyle::setTheme.
#include <QProxyStyle>

namespace ts {

class IndicatorStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

}  // namespace ts
