#include "ui/survival/km_columns.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>
#include <qcustomplot.h>

namespace ts {

namespace {

QSharedPointer<QCPAxisTickerFixed> tickerOf(const QCPAxisRect* rect) {
    return rect->axis(QCPAxis::atBottom)->ticker().dynamicCast<QCPAxisTickerFixed>();
}

// Inputs: the laid-out axis rect (pixel width), its time axis (range, tick label font) and the
// columns' font. Output: the smallest stride k >= 1 (of 1, 2, 3, 4, 6, 8, 12, 24, ...) at which k
// columns span the widest label or number plus one digit; at most the number of steps in the range,
// so at least one tick stays.
int strideFor(const QCPAxisRect* rect, const KmColumns& c, const QFont& cellFont) {
    const QCPAxis* x = rect->axis(QCPAxis::atBottom);
    const QCPRange range = x->range();
    const double perStep = c.step * rect->width() / range.size();  // pixels between neighbouring ticks
    const QFontMetrics labels(x->tickLabelFont()), numbers(cellFont);
    // Tick labels grow with the time: the last two in the range are the widest (a half step can
    // make the second to last one longer, "10.5" before "11").
    const double last = std::floor(range.upper / c.step) * c.step;
    int need = numbers.horizontalAdvance(c.widest);
    for (double t : {last, last - c.step})
        need =
            std::max(need, labels.horizontalAdvance(x->parentPlot()->locale().toString(t, 'g', x->numberPrecision())));
    need += std::max(labels.horizontalAdvance(QLatin1Char('0')), numbers.horizontalAdvance(QLatin1Char('0')));
    // Strides that keep round tick steps: 6 months thin to 12, 18, 24, 36; 4 weeks to 8, 12, 16, 24.
    const int most = std::max(1, static_cast<int>(range.size() / c.step));
    int k = 1;
    for (int next : {2, 3, 4, 6, 8, 12}) {
        if (k >= most || k * perStep >= need) return k;
        k = next;
    }
    while (k < most && k * perStep < need) k += 12;
    return std::min(k, most);
}

}  // namespace

int kmColumnStride(const QCPAxisRect* rect, double step) {
    const auto ticker = tickerOf(rect);
    return ticker ? std::max(1, static_cast<int>(std::lround(ticker->tickStep() / step))) : 1;
}

void fitKmColumns(QCustomPlot* plot, const KmColumns& columns) {
    if (!tickerOf(columns.rect) || columns.step <= 0) return;
    if (columns.share) columns.share->plots.emplace_back(plot);
    QObject::connect(plot, &QCustomPlot::afterLayout, columns.rect, [plot, columns] {
        QCPAxisRect* rect = columns.rect;
        // Items are QObjects the plot may delete on its own (clearItems): skip those gone.
        const auto first =
            std::find_if(columns.cells.begin(), columns.cells.end(), [](const auto& c) { return !c.isNull(); });
        const QFont cellFont =
            first == columns.cells.end() ? rect->axis(QCPAxis::atBottom)->tickLabelFont() : (*first)->font();
        int k = strideFor(rect, columns, cellFont);
        if (KmColumnShare* share = columns.share.get()) {
            auto largest = [share] {
                int most = 1;
                for (auto [r, need] : share->needs) most = std::max(most, need);
                return most;
            };
            const int before = largest();
            share->needs[rect] = k;
            k = largest();
            if (k != before)
                for (QCustomPlot* other : share->plots)
                    if (other && other != plot) other->replot(QCustomPlot::rpQueuedReplot);
        }
        if (k != kmColumnStride(rect, columns.step)) {
            tickerOf(rect)->setTickStep(columns.step * k);
            // The ticks were generated before the layout that decided k: generate them again.
            rect->update(QCPLayoutElement::upPreparation);
        }
        const QCPRange range = rect->axis(QCPAxis::atBottom)->range();
        for (QCPItemText* cell : columns.cells) {
            if (!cell) continue;
            const double t = cell->position->key();
            cell->setVisible(range.contains(t) && std::llround(t / columns.step) % k == 0);
        }
    });
}

}  // namespace ts
