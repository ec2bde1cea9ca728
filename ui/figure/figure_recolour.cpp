#include "ui/figure/figure_recolour.h"

#include <utility>
#include <vector>

#include <qcustomplot.h>

#include "ui/common/contrast.h"
#include "ui/common/plot_style.h"
#include "ui/figure/figure_parts.h"
#include "ui/figure/figure_restore.h"

namespace ts {

namespace {

// Okabe–Ito black: the arm colour the dark theme replaces by its light grey.
constexpr int kBlackArm = 7;

// Theme colours map role to role; any other opaque colour in a pen or text (an arm's) is made
// readable on the new background (`ratio`: 3:1 for lines, 4.5:1 for text), so an arm colour that
// was fine on the dark background (Okabe–Ito orange) is darkened on paper. Fills keep their colour.
class ColourMap {
public:
    ColourMap(const PlotStyle& from, const PlotStyle& to, double ratio)
        : m_roles{{from.background, to.background}, {from.foreground, to.foreground},
                  {from.muted, to.muted},           {from.grid, to.grid},
                  {from.panel, to.panel},           {from.panelBorder, to.panelBorder},
                  {from.cursor, to.cursor},         {from.armColour(kBlackArm), to.armColour(kBlackArm)}},
          m_background(to.background),
          m_ratio(ratio),
          m_fromCi(from.ciAlpha),
          m_toCi(to.ciAlpha) {}

    QColor operator()(const QColor& c) const { return map(c, true); }
    QPen operator()(QPen pen) const {
        pen.setColor(map(pen.color(), true));
        return pen;
    }
    QBrush operator()(QBrush brush) const {
        if (brush.style() != Qt::NoBrush) brush.setColor(map(brush.color(), false));
        return brush;
    }
    QCPScatterStyle operator()(QCPScatterStyle scatter) const {
        scatter.setPen((*this)(scatter.pen()));
        scatter.setBrush((*this)(scatter.brush()));
        return scatter;
    }

private:
    QColor map(const QColor& c, bool stroke) const {
        for (const auto& [was, becomes] : m_roles)
            if (c.rgb() == was.rgb()) {
                QColor out = becomes;
                if (c.alpha() != was.alpha()) out.setAlpha(c.alpha());
                return out;
            }
        QColor out = c;
        if (c.alpha() == m_fromCi) out.setAlpha(m_toCi);
        if (stroke && c.alpha() == 255) out = readableOn(out, m_background, m_ratio);
        return out;
    }

    std::vector<std::pair<QColor, QColor>> m_roles;
    QColor m_background;
    double m_ratio;
    int m_fromCi;
    int m_toCi;
};

void recolourItem(QCPAbstractItem* item, const ColourMap& map, const ColourMap& textMap, FigureRestore& r) {
    if (auto* text = qobject_cast<QCPItemText*>(item)) {
        r.change(text, &QCPItemText::color, &QCPItemText::setColor, textMap);
        r.change(text, &QCPItemText::pen, &QCPItemText::setPen, map);
        r.change(text, &QCPItemText::brush, &QCPItemText::setBrush, map);
    } else if (auto* line = qobject_cast<QCPItemLine*>(item)) {
        r.change(line, &QCPItemLine::pen, &QCPItemLine::setPen, map);
    } else if (auto* straight = qobject_cast<QCPItemStraightLine*>(item)) {
        r.change(straight, &QCPItemStraightLine::pen, &QCPItemStraightLine::setPen, map);
    } else if (auto* rect = qobject_cast<QCPItemRect*>(item)) {
        r.change(rect, &QCPItemRect::pen, &QCPItemRect::setPen, map);
        r.change(rect, &QCPItemRect::brush, &QCPItemRect::setBrush, map);
    }
}

}  // namespace

void recolourFigure(QCustomPlot* plot, const PlotStyle& from, const PlotStyle& to, FigureRestore& r) {
    const ColourMap map(from, to, kLineContrast);
    const ColourMap textMap(from, to, kTextContrast);
    const FigureParts parts = figureParts(plot);
    for (QCPAxis* axis : parts.axes) {
        r.change(axis, &QCPAxis::basePen, &QCPAxis::setBasePen, map);
        r.change(axis, &QCPAxis::tickPen, &QCPAxis::setTickPen, map);
        r.change(axis, &QCPAxis::subTickPen, &QCPAxis::setSubTickPen, map);
        r.change(axis, &QCPAxis::tickLabelColor, &QCPAxis::setTickLabelColor, textMap);
        r.change(axis, &QCPAxis::labelColor, &QCPAxis::setLabelColor, textMap);
        QCPGrid* grid = axis->grid();
        r.change(grid, &QCPGrid::pen, &QCPGrid::setPen, map);
        r.change(grid, &QCPGrid::subGridPen, &QCPGrid::setSubGridPen, map);
        r.change(grid, &QCPGrid::zeroLinePen, &QCPGrid::setZeroLinePen, map);
    }
    for (QCPLegend* legend : parts.legends) {
        r.change(legend, &QCPLegend::textColor, &QCPLegend::setTextColor, textMap);
        r.change(legend, &QCPLegend::borderPen, &QCPLegend::setBorderPen, map);
        r.change(legend, &QCPLegend::brush, &QCPLegend::setBrush, map);
        for (int i = 0; i < legend->itemCount(); ++i)
            r.change(legend->item(i), &QCPAbstractLegendItem::textColor, &QCPAbstractLegendItem::setTextColor, textMap);
    }
    for (QCPTextElement* text : parts.texts)
        r.change(text, &QCPTextElement::textColor, &QCPTextElement::setTextColor, textMap);
    for (int i = 0; i < plot->itemCount(); ++i) recolourItem(plot->item(i), map, textMap, r);
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        r.change(p, &QCPAbstractPlottable::pen, &QCPAbstractPlottable::setPen, map);
        r.change(p, &QCPAbstractPlottable::brush, &QCPAbstractPlottable::setBrush, map);
        if (auto* graph = qobject_cast<QCPGraph*>(p))
            r.change(graph, &QCPGraph::scatterStyle, &QCPGraph::setScatterStyle, map);
        if (auto* curve = qobject_cast<QCPCurve*>(p))
            r.change(curve, &QCPCurve::scatterStyle, &QCPCurve::setScatterStyle, map);
    }
}

}  // namespace ts
