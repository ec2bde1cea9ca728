#include "ui/survival/km_legend.h"

#include <algorithm>

namespace ts {

namespace {

struct Placement {
    int hits = 0;
    Qt::Alignment corner;
};

// The emptiest corner for the legend at the size its entries give it now.
Placement place(const QCPAxisRect* rect, const QCPLegend* legend, const std::vector<StepData>& curves) {
    const QSize size = legend->minimumOuterSizeHint();
    // A curve passing just outside the legend's frame is still hard to read: the box is padded by
    // 3% of the rect on each side.
    const double w = static_cast<double>(size.width()) / std::max(rect->width(), 1) + 0.03;
    const double h = static_cast<double>(size.height()) / std::max(rect->height(), 1) + 0.03;
    const QCPRange xr = rect->axis(QCPAxis::atBottom)->range(), yr = rect->axis(QCPAxis::atLeft)->range();
    const Qt::Alignment corner = freeCorners(curves, xr, yr, w, h).front();
    return {cornerHits(curves, xr, yr, corner, w, h), corner};
}

void name(const std::vector<KmLegendEntry>& entries, bool brief) {
    for (const KmLegendEntry& e : entries)
        if (e.curve) e.curve->setName(brief && !e.brief.isEmpty() ? e.brief : e.full);
}

void fit(QCPAxisRect* rect, QCPLegend* legend, const std::vector<KmLegendEntry>& entries,
         const std::vector<StepData>& curves) {
    name(entries, false);
    Placement chosen = place(rect, legend, curves);
    const bool canShorten =
        std::any_of(entries.begin(), entries.end(), [](const auto& e) { return !e.brief.isEmpty(); });
    if (chosen.hits > 0 && canShorten) {
        name(entries, true);
        const Placement brief = place(rect, legend, curves);
        if (brief.hits < chosen.hits) chosen = brief;
        else name(entries, false);
    }
    QCPLayoutInset* inset = rect->insetLayout();
    for (int i = 0; i < inset->elementCount(); ++i)
        if (inset->elementAt(i) == legend) inset->setInsetAlignment(i, chosen.corner);
    // The rect was laid out with the legend as it was: lay the inset out again.
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        inset->update(phase);
}

}  // namespace

void fitKmLegend(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, const std::vector<KmLegendEntry>& entries,
                 const std::vector<StepData>& curves) {
    QObject::connect(plot, &QCustomPlot::afterLayout, rect,
                     [rect, legend, entries, curves, last = QRect(), lastFont = QFont()]() mutable {
                         if (!legend->visible() || (rect->rect() == last && legend->font() == lastFont)) return;
                         last = rect->rect();
                         lastFont = legend->font();
                         fit(rect, legend, entries, curves);
                     });
}

}  // namespace ts
