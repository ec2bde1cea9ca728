#include "ui/figure_styler.h"

#include <cmath>

#include <qcustomplot.h>

namespace ts {

namespace {

QFont scaled(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

}  // namespace

FigureStyler::FigureStyler(QCustomPlot* plot, const FigureOptions& o, const PlotStyle& base) {
    const double factor = o.fontSize / base.font.pointSizeF();
    // Setter/getter pairs are captured by value so that each restore puts back the original object.
    auto font = [&](auto* obj, auto get, auto set) {
        const QFont old = (obj->*get)();
        (obj->*set)(scaled(old, factor));
        m_restore.push_back([obj, set, old] { (obj->*set)(old); });
    };
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        if (auto* rect = qobject_cast<QCPAxisRect*>(e)) {
            for (QCPAxis* axis : rect->axes()) {
                font(axis, &QCPAxis::tickLabelFont, &QCPAxis::setTickLabelFont);
                font(axis, &QCPAxis::labelFont, &QCPAxis::setLabelFont);
            }
            for (QCPLayoutElement* inset : rect->insetLayout()->elements(true))
                if (auto* legend = qobject_cast<QCPLegend*>(inset)) {
                    font(legend, &QCPLegend::font, &QCPLegend::setFont);
                    for (int i = 0; i < legend->itemCount(); ++i)
                        font(legend->item(i), &QCPAbstractLegendItem::font, &QCPAbstractLegendItem::setFont);
                }
        } else if (auto* legend = qobject_cast<QCPLegend*>(e)) {
            font(legend, &QCPLegend::font, &QCPLegend::setFont);
            for (int i = 0; i < legend->itemCount(); ++i)
                font(legend->item(i), &QCPAbstractLegendItem::font, &QCPAbstractLegendItem::setFont);
        } else if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            font(text, &QCPTextElement::font, &QCPTextElement::setFont);
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) font(text, &QCPItemText::font, &QCPItemText::setFont);

    // Curve pens: lineWidth is in points, pens are in 1/96 in units.
    const double curve = o.lineWidth * FigureOptions::kLogicalDpi / 72.0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        const QPen old = p->pen();
        if (std::abs(old.widthF() - base.curveWidth) > 1e-9) continue;
        QPen pen = old;
        pen.setWidthF(curve);
        p->setPen(pen);
        m_restore.push_back([p, old] { p->setPen(old); });
    }

    // QCustomPlot has no getter for its background brush: the figure was drawn with base's.
    plot->setBackground(o.transparent ? QBrush(Qt::NoBrush) : QBrush(Qt::white));
    m_restore.push_back([plot, background = base.background] { plot->setBackground(QBrush(background)); });
}

FigureStyler::~FigureStyler() {
    for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it) (*it)();
}

}  // namespace ts
