#include "ui/figure/figure_styler.h"

#include <cmath>
#include <map>
#include <optional>

#include <qcustomplot.h>

#include "ui/figure/figure_parts.h"
#include "ui/figure/figure_recolour.h"
#include "ui/figure/table_figure.h"
#include "ui/survival/km_risk_table.h"

namespace ts {

namespace {

QFont scaledBy(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

}  // namespace

FigureStyler::FigureStyler(QCustomPlot* plot, const FigureOptions& o, const PlotStyle& base, QSize pane) {
    const double factor = o.fontSize / base.font.pointSizeF();
    auto scaled = [factor](QFont font) { return scaledBy(font, factor); };
    setFigureFontScale(plot, factor);
    m_restore.onRestore([plot] { clearFigureFontScale(plot); });
    const FigureParts parts = figureParts(plot);
    // The space round an axis' title shrinks with smaller text (never grows); the tick labels'
    // padding stays: risk tables align their coloured names to it.
    const auto shrunk = [factor](int pixels) {
        return factor < 1 ? static_cast<int>(std::lround(pixels * factor)) : pixels;
    };
    for (QCPAxis* axis : parts.axes) {
        m_restore.change(axis, &QCPAxis::tickLabelFont, &QCPAxis::setTickLabelFont, scaled);
        m_restore.change(axis, &QCPAxis::labelFont, &QCPAxis::setLabelFont, scaled);
        m_restore.change(axis, &QCPAxis::labelPadding, &QCPAxis::setLabelPadding, shrunk);
        m_restore.change(axis, &QCPAxis::padding, &QCPAxis::setPadding, shrunk);
    }
    for (QCPLegend* legend : parts.legends) {
        // QCPLegend::setFont also sets every item's font: scaling the items too would scale them twice.
        m_restore.change(legend, &QCPLegend::font, &QCPLegend::setFont, scaled);
        // The line samples shrink with the text (never grow: screen-sized samples suit any larger figure).
        using SetIcon = void (QCPLegend::*)(const QSize&);
        m_restore.change(legend, &QCPLegend::iconSize, static_cast<SetIcon>(&QCPLegend::setIconSize),
                         [factor](QSize icon) { return factor < 1 ? icon * factor : icon; });
    }
    for (QCPTextElement* text : parts.texts)
        m_restore.change(text, &QCPTextElement::font, &QCPTextElement::setFont, scaled);
    // The space between the layout's rows shrinks with smaller text (never grows).
    m_restore.change(plot->plotLayout(), &QCPLayoutGrid::rowSpacing, &QCPLayoutGrid::setRowSpacing, shrunk);
    // A table figure's text as large as the rest, or smaller where its columns or rows need it, in
    // the room the pane leaves it (less its title and footnote, already scaled, and the layout's
    // spacing); its rect as high as its rows at that size.
    std::map<const QCPAxisRect*, double> tableScale;
    if (pane.isEmpty()) pane = o.logicalSize();
    double room = pane.height() - plot->plotLayout()->rowSpacing() * (plot->plotLayout()->rowCount() - 1);
    for (const QCPLayoutElement* text : parts.texts) room -= text->minimumOuterSizeHint().height();
    for (QCPAxisRect* rect : plot->axisRects()) {
        const std::optional<TableMeasure> m = TableFigure::measure(rect);
        if (!m) continue;
        const double scale = tableScale[rect] =
            TableFigure::fitScale(*m, factor, QSizeF(pane.width(), room), base.font);
        if (scale * base.font.pointSizeF() < FigureOptions::kSmallestPt - 1e-9) m_tablesReadable = false;
        // Held at that height (the spacer below takes the rest), never squeezed by the layout.
        const int rows = TableFigure::heightAt(*m, scaledBy(base.font, scale));
        using SetSize = void (QCPLayoutElement::*)(const QSize&);
        for (auto [get, set] :
             {std::pair{&QCPAxisRect::minimumSize, static_cast<SetSize>(&QCPAxisRect::setMinimumSize)},
              std::pair{&QCPAxisRect::maximumSize, static_cast<SetSize>(&QCPAxisRect::setMaximumSize)}})
            m_restore.change(rect, get, set, [rows](QSize old) { return QSize(old.width(), rows); });
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) {
            const auto table = tableScale.find(text->position->axisRect());
            const double scale = table == tableScale.end() ? factor : table->second;
            m_restore.change(text, &QCPItemText::font, &QCPItemText::setFont,
                             [scale](QFont font) { return scaledBy(font, scale); });
        }
    // Risk tables (the axis rects of fixed height) keep one row per line of text at the new size.
    const int row = riskTableRowHeight(base.font), scaledRow = riskTableRowHeight(scaled(base.font));
    for (QCPAxisRect* rect : plot->axisRects()) {
        if (tableScale.count(rect)) continue;  // sized above
        const int height = rect->maximumSize().height();
        if (rect->minimumSize().height() != height || height <= 0 || height >= QWIDGETSIZE_MAX) continue;
        const QSize size(0, static_cast<int>(std::lround(static_cast<double>(height) / row * scaledRow)));
        using SetSize = void (QCPLayoutElement::*)(const QSize&);
        m_restore.change(rect, &QCPAxisRect::minimumSize, static_cast<SetSize>(&QCPAxisRect::setMinimumSize),
                         [size](QSize) { return size; });
        m_restore.change(rect, &QCPAxisRect::maximumSize, static_cast<SetSize>(&QCPAxisRect::setMaximumSize),
                         [size](QSize old) { return QSize(old.width(), size.height()); });
    }

    // Curve pens: lineWidth is in points, pens are in 1/96 in units.
    const double curve = o.lineWidth * FigureOptions::kLogicalDpi / 72.0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot->plottable(i);
        if (std::abs(p->pen().widthF() - base.curveWidth) > 1e-9) continue;
        m_restore.change(p, &QCPAbstractPlottable::pen, &QCPAbstractPlottable::setPen, [curve](QPen pen) {
            pen.setWidthF(curve);
            return pen;
        });
    }

    // Paper (light theme) colours whatever the screen theme.
    if (base.theme != PlotStyle::Theme::Light) recolourFigure(plot, base, PlotStyle::light(), m_restore);

    // QCustomPlot has no getter for its background brush: the figure was drawn with base's.
    plot->setBackground(o.transparent ? QBrush(Qt::NoBrush) : QBrush(Qt::white));
    m_restore.onRestore([plot, background = base.background] { plot->setBackground(QBrush(background)); });
}

}  // namespace ts
