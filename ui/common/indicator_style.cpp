#include "ui/common/indicator_style.h"

#include <QPainter>
#include <QStyleOption>

#include "ui/common/plot_style.h"

namespace ts {

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox, round = element == PE_IndicatorRadioButton;
    if ((!box && !round) || PlotStyle::current().theme != PlotStyle::Theme::Dark) return;
    // The muted grey has a contrast of about 7:1 against the dark base (WCAG asks 3:1 for controls).
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, round);
    painter->setPen(QPen(PlotStyle::current().muted, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (box) painter->drawRoundedRect(r, 2, 2);
    else painter->drawEllipse(r);
    painter->restore();
}

}  // namespace ts
