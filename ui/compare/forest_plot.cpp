#include "ui/compare/forest_plot.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <qcustomplot.h>

#include "ui/common/axis_label_fit.h"
#include "ui/common/figure_room.h"
#include "ui/common/text_wrap.h"
#include "ui/survival/km_text.h"

namespace ts {

namespace {

QString weightText(const stats::MetaResult& m, size_t i) {
    if (!m.fixed || !m.random || i >= m.used.size() || !m.used[i]) return {};
    return QStringLiteral("%1% / %2%").arg(m.fixed->weights[i], 0, 'f', 1).arg(m.random->weights[i], 0, 'f', 1);
}

// The x axis's limits: every interval, but no further than four times beyond the outermost
// estimates (Qin 2024's 0.05 to 6.54 squeezed every other row into a sliver); 1 always inside.
std::pair<double, double> axisLimits(const ForestData& data) {
    double estLo = 1, estHi = 1, lo = 1, hi = 1;
    auto take = [&](double est, double lower, double upper) {
        estLo = std::min(estLo, est);
        estHi = std::max(estHi, est);
        lo = std::min(lo, lower);
        hi = std::max(hi, upper);
    };
    for (const ForestRow& r : data.rows)
        if (r.hr && r.lower && r.upper) take(*r.hr, *r.lower, *r.upper);
    for (const auto& p : {data.meta.fixed, data.meta.random})
        if (p) take(std::exp(p->estimate), std::exp(p->lower), std::exp(p->upper));
    return {std::max(lo, estLo / 4), std::min(hi, estHi * 4)};
}

// A row's interval from `lower` to `upper` within the axis limits; an end beyond them stops at the
// limit with an arrow head pointing on.
void whisker(QCustomPlot* plot, ForestItems& items, double lower, double upper, int row, double lo, double hi,
             const QPen& pen) {
    QCPAxis* x = items.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = items.rect->axis(QCPAxis::atLeft);
    const double from = std::max(lower, lo), to = std::min(upper, hi);
    auto* line = new QCPItemLine(plot);
    line->setClipAxisRect(items.rect);
    line->setClipToAxisRect(false);  // an arrow head at the limit is drawn whole
    for (QCPItemPosition* p : {line->start, line->end}) p->setAxes(x, y);
    line->start->setCoords(from, row);
    line->end->setCoords(to, row);
    line->setPen(pen);
    if (lower < lo) line->setTail(QCPLineEnding(QCPLineEnding::esSpikeArrow, 8, 10));
    if (upper > hi) line->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 8, 10));
    items.whiskers.push_back(line);
}

QCPCurve* diamond(QCPAxisRect* rect, const stats::MetaPooled& p, double y, const QColor& colour) {
    auto* c = new QCPCurve(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    const double est = std::exp(p.estimate), lo = std::exp(p.lower), hi = std::exp(p.upper);
    // Half-height 0.2 rows, about the largest square's height: the diamond spans its CI horizontally
    // (at 0.3 it stood twice as tall as the squares).
    c->setData(QVector<double>{0, 1, 2, 3, 4}, QVector<double>{lo, est, hi, est, lo},
               QVector<double>{y, y - 0.2, y, y + 0.2, y});
    c->setPen(QPen(colour, 1));
    c->setBrush(QBrush(colour));
    c->setLineStyle(QCPCurve::lsLine);
    return c;
}

}  // namespace

QString ForestPlot::ratioText(double ratio, double lower, double upper) {
    return QStringLiteral("%1 (%2\u2013%3)").arg(ratio, 0, 'f', 2).arg(lower, 0, 'f', 2).arg(upper, 0, 'f', 2);
}

QString ForestPlot::heterogeneityText(const stats::MetaResult& m) {
    if (!m.heterogeneity) return QStringLiteral("Heterogeneity: not estimable with %1 study").arg(m.k);
    const stats::MetaHeterogeneity& h = *m.heterogeneity;
    return QStringLiteral("Heterogeneity: Q = %1 (df = %2, p %3); I\u00b2 = %4%; \u03c4\u00b2 = %5")
        .arg(h.q, 0, 'f', 2)
        .arg(h.df)
        .arg(formatP(h.p))
        .arg(h.i2, 0, 'f', 1)
        .arg(h.tau2, 0, 'f', 4);
}

ForestItems ForestPlot::render(QCustomPlot* plot, const ForestData& data, const PlotStyle& style) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    ForestItems items;
    int layoutRow = 0;
    if (!data.title.isEmpty()) {
        auto* title = new QCPTextElement(plot, QString(), style.titleFont);
        title->setTextColor(style.foreground);  // readable in the dark theme
        plot->plotLayout()->addElement(layoutRow++, 0, title);
        keepWrapped(title, data.title, 30, 200);
    }
    items.rect = new QCPAxisRect(plot, true);
    plot->plotLayout()->addElement(layoutRow++, 0, items.rect);
    plot->xAxis = items.rect->axis(QCPAxis::atBottom);
    plot->yAxis = items.rect->axis(QCPAxis::atLeft);
    plot->xAxis2 = items.rect->axis(QCPAxis::atTop);
    plot->yAxis2 = items.rect->axis(QCPAxis::atRight);
    plot->legend = new QCPLegend;
    items.rect->insetLayout()->addElement(plot->legend, Qt::AlignTop | Qt::AlignRight);
    style.apply(plot);
    plot->legend->setVisible(false);

    QCPAxis* x = plot->xAxis;
    QCPAxis* y = plot->yAxis;
    QCPAxis* right = plot->yAxis2;
    x->setScaleType(QCPAxis::stLogarithmic);
    auto logTicker = QSharedPointer<QCPAxisTickerText>::create();
    keepLabelWrapped(x, {data.effect + QStringLiteral(" (log scale)")});  // in lines in a narrow figure

    // Rows top to bottom: the studies, a gap, then the two pooled estimates.
    const int n = static_cast<int>(data.rows.size());
    auto left = QSharedPointer<QCPAxisTickerText>::create();
    auto rightTicks = QSharedPointer<QCPAxisTickerText>::create();
    const auto [lo, hi] = axisLimits(data);
    QStringList reasons;  // why rows are not estimable
    for (int i = 0; i < n; ++i) {
        const ForestRow& r = data.rows[static_cast<size_t>(i)];
        left->addTick(i, r.label);
        const QColor colour = r.colour.isValid() ? r.colour : style.foreground;
        if (!r.hr || !r.lower || !r.upper) {
            // The reason goes to the footnote: a long one here squeezed the plot to a sliver.
            rightTicks->addTick(i, QStringLiteral("not estimable"));
            if (!r.note.isEmpty()) reasons << QStringLiteral("%1: %2").arg(r.label, r.note);
            items.squares.push_back(nullptr);
            continue;
        }
        const QString w = weightText(data.meta, static_cast<size_t>(i));
        rightTicks->addTick(
            i, ratioText(*r.hr, *r.lower, *r.upper) + (w.isEmpty() ? QString() : QStringLiteral("   ") + w));
        whisker(plot, items, *r.lower, *r.upper, i, lo, hi, QPen(colour, 1.2));
        // Square area in proportion to the random-effects weight (largest 16 px wide).
        const bool used = static_cast<size_t>(i) < data.meta.used.size() && data.meta.used[static_cast<size_t>(i)];
        double size = 7;
        if (used && data.meta.random) {
            const auto& wts = data.meta.random->weights;
            const double wmax = *std::max_element(wts.begin(), wts.end());
            size = 5 + 11 * std::sqrt(wts[static_cast<size_t>(i)] / wmax);
        }
        auto* square = plot->addGraph(x, y);
        square->setData(QVector<double>{*r.hr}, QVector<double>{double(i)});
        square->setLineStyle(QCPGraph::lsNone);
        square->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, colour, colour, size));
        items.squares.push_back(square);
    }
    const double fixedRow = n + 0.6, randomRow = n + 1.6;
    const QColor pooled = style.foreground;
    if (data.meta.fixed) {
        const auto& f = *data.meta.fixed;
        left->addTick(fixedRow, QStringLiteral("Fixed effect (inverse variance)"));
        rightTicks->addTick(fixedRow, ratioText(std::exp(f.estimate), std::exp(f.lower), std::exp(f.upper)));
        items.fixedDiamond = diamond(items.rect, f, fixedRow, pooled);
    }
    if (data.meta.random) {
        const auto& r = *data.meta.random;
        left->addTick(randomRow, QStringLiteral("Random effects (DerSimonian\u2013Laird)"));
        rightTicks->addTick(randomRow, ratioText(std::exp(r.estimate), std::exp(r.lower), std::exp(r.upper)));
        items.randomDiamond = diamond(items.rect, r, randomRow, pooled);
    }
    // Column headings on a row of their own above the first study.
    const double headRow = -1.0;
    left->addTick(headRow, QStringLiteral("Comparison"));
    const bool pooling = data.meta.fixed || data.meta.random;
    rightTicks->addTick(headRow,
                        pooling ? QStringLiteral("HR (95% CI)   weight FE / RE") : QStringLiteral("HR (95% CI)"));
    y->setTicker(left);
    y->setRangeReversed(true);
    // No rows kept for pooled estimates a subgroup forest does not have (they left dead space).
    y->setRange(headRow - 0.6, (data.meta.random ? randomRow : data.meta.fixed ? fixedRow : n - 1.0) + 0.8);
    y->grid()->setVisible(false);
    y->setTickLength(0, 0);
    y->setTickPen(Qt::NoPen);  // a zero-length tick still draws a dot after each label
    y->setSubTicks(false);
    right->setVisible(true);
    right->setTicker(rightTicks);
    right->setRangeReversed(true);
    right->setRange(y->range());
    right->setTickLabels(true);
    right->setTickLength(0, 0);
    right->setTickPen(Qt::NoPen);
    right->setSubTicks(false);
    right->setBasePen(Qt::NoPen);

    // Log axis over the padded limits, always containing 1; ticks at 1, 1.5, 2, 3, 5, 7 per
    // decade over a narrow range, fewer as it widens (0.05 and 0.07 ran into each other as "0.050.07").
    const double pad = 1.25;
    x->setRange(lo / pad, hi * pad);
    const double decades = std::log10(hi * pad) - std::log10(lo / pad);
    const std::vector<double> steps = decades <= 1.5   ? std::vector<double>{1.0, 1.5, 2.0, 3.0, 5.0, 7.0}
                                      : decades <= 3.0 ? std::vector<double>{1.0, 2.0, 5.0}
                                                       : std::vector<double>{1.0};
    for (double d = 1e-3; d <= 1e3; d *= 10)
        for (double m : steps)
            if (d * m >= lo / pad && d * m <= hi * pad) logTicker->addTick(d * m, QString::number(d * m, 'g', 3));
    x->setTicker(logTicker);
    x->grid()->setVisible(false);

    auto* one = new QCPItemStraightLine(plot);
    one->setClipAxisRect(items.rect);
    one->point1->setAxes(x, y);
    one->point2->setAxes(x, y);
    one->point1->setCoords(1, 0);
    one->point2->setCoords(1, 1);
    one->setPen(QPen(style.muted, 1, Qt::DashLine));

    items.heterogeneity = !data.interaction.isEmpty() ? data.interaction
                          : pooling                   ? heterogeneityText(data.meta)
                                                      : QString();
    // The lead: the test of the estimates drawn and the data's provenance; the notes (why rows have
    // no estimate, why nothing is pooled) give way in a figure too small for them (figure_room.h).
    QStringList lead, notes;
    for (const QString& part : {items.heterogeneity, data.footnote})
        if (!part.isEmpty()) lead << part;
    for (const QString& part : {reasons.join(QStringLiteral("; ")), QString::fromStdString(data.meta.note)})
        if (!part.isEmpty()) notes << part;
    // Wrapped to the figure's width at every layout (a long line was cut at the right edge).
    auto* footer = new QCPTextElement(plot, QString(), style.smallFont);
    footer->setTextColor(style.muted);
    footer->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot->plotLayout()->addElement(layoutRow++, 0, footer);
    keepWrapped(footer, QString(), 60, 180);
    setFootnote(footer, lead, notes, QStringLiteral("\n"));
    return items;
}

}  // namespace ts
