#include "ui/survival/km_legend.h"

#include <algorithm>

#include "ui/common/plot_style.h"

namespace ts {

namespace {

struct Placement {
    int hits = 0;      // curve points near the legend (its frame padded by 3% of the rect)
    bool fits = true;  // the legend fits the rect and leaves it two thirds or more
    Qt::Alignment corner;
};

// The emptiest corner for the legend at the size its entries give it now.
Placement place(const QCPAxisRect* rect, const QCPLegend* legend, const KmDrawn& curves) {
    const QSize size = legend->minimumOuterSizeHint();
    // A curve passing just outside the legend's frame is still hard to read: the box is padded by
    // 3% of the rect on each side.
    const double w = static_cast<double>(size.width()) / std::max(rect->width(), 1);
    const double h = static_cast<double>(size.height()) / std::max(rect->height(), 1);
    const QCPRange xr = rect->axis(QCPAxis::atBottom)->range(), yr = rect->axis(QCPAxis::atLeft)->range();
    const Qt::Alignment corner = freeCorners(curves, xr, yr, w + 0.03, h + 0.03).front();
    // Larger than a third of the plot, a legend hides what it explains (the pilot's three arms in a
    // single-column figure: 72% of the plot).
    return {cornerHits(curves, xr, yr, corner, w + 0.03, h + 0.03), w <= 1 && h <= 1 && w * h <= 1.0 / 3, corner};
}

void name(const std::vector<KmLegendEntry>& entries, bool brief) {
    for (const KmLegendEntry& e : entries)
        if (e.curve) e.curve->setName(brief && !e.brief.isEmpty() ? e.brief : e.full);
}

void fit(QCPAxisRect* rect, QCPLegend* legend, const std::vector<KmLegendEntry>& entries, const KmDrawn& curves) {
    name(entries, false);
    Placement chosen = place(rect, legend, curves);
    const bool canShorten =
        std::any_of(entries.begin(), entries.end(), [](const auto& e) { return !e.brief.isEmpty(); });
    if ((chosen.hits > 0 || !chosen.fits) && canShorten) {
        name(entries, true);
        const Placement brief = place(rect, legend, curves);
        if (brief.hits < chosen.hits || (brief.fits && !chosen.fits)) chosen = brief;
        else name(entries, false);
    }
    // A legend too large for the plot, or (in an exported figure) over curves or bands in every
    // corner, is left out where the risk table keys the colours (it names each group in its
    // colour: canShorten says a table is shown). On screen the legend is also the control that
    // hides an arm: it stays in the corner it covers least.
    const bool clear = chosen.hits == 0 || !figureExporting(legend->parentPlot());
    legend->setVisible(!canShorten || (chosen.fits && clear));
    QCPLayoutInset* inset = rect->insetLayout();
    for (int i = 0; i < inset->elementCount(); ++i)
        if (inset->elementAt(i) == legend) inset->setInsetAlignment(i, chosen.corner);
    // The rect was laid out with the legend as it was: lay the inset out again.
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        inset->update(phase);
}

}  // namespace

void fitKmLegend(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, const std::vector<KmLegendEntry>& entries,
                 const KmDrawn& curves) {
    QObject::connect(plot, &QCustomPlot::afterLayout, rect,
                     [rect, legend, entries, curves, last = QRect(), lastFont = QFont()]() mutable {
                         if (rect->rect() == last && legend->font() == lastFont) return;
                         last = rect->rect();
                         lastFont = legend->font();
                         fit(rect, legend, entries, curves);
                     });
}

}  // namespace ts
