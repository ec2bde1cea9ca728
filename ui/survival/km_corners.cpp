#include "ui/survival/km_corners.h"

#include <algorithm>
#include <array>

namespace ts {

namespace {

// Corners of the axis rect, in the order a legend or box prefers them.
constexpr std::array<Qt::Alignment, 4> kCorners = {Qt::AlignTop | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft,
                                                   Qt::AlignBottom | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft};

}  // namespace

namespace {

int pointsIn(const std::vector<StepData>& curves, const QCPRange& xr, const QCPRange& yr, Qt::Alignment corner,
             double w, double h) {
    int hits = 0;
    for (const StepData& c : curves) {
        for (int i = 0; i <= 60; ++i) {
            const double fx = i / 60.0;
            // A step curve's value at t is that of the last point at or before t.
            auto it = c->findEnd(xr.lower + fx * xr.size(), false);
            if (it == c->constBegin()) continue;
            const double fy = ((it - 1)->value - yr.lower) / yr.size();
            const bool inX = (corner & Qt::AlignLeft) ? fx <= w : fx >= 1 - w;
            const bool inY = (corner & Qt::AlignBottom) ? fy <= h : fy >= 1 - h;
            hits += inX && inY;
        }
    }
    return hits;
}

}  // namespace

int cornerHits(const KmDrawn& drawn, const QCPRange& xr, const QCPRange& yr, Qt::Alignment corner, double w, double h) {
    return 1000 * pointsIn(drawn.curves, xr, yr, corner, w, h) + pointsIn(drawn.bands, xr, yr, corner, w, h);
}

std::vector<Qt::Alignment> freeCorners(const KmDrawn& drawn, const QCPRange& xr, const QCPRange& yr, double w,
                                       double h) {
    std::vector<std::pair<int, int>> score;
    for (int i = 0; i < 4; ++i) score.emplace_back(cornerHits(drawn, xr, yr, kCorners[i], w, h), i);
    std::stable_sort(score.begin(), score.end(), [](auto a, auto b) { return a.first < b.first; });
    std::vector<Qt::Alignment> out;
    for (auto [hits, i] : score) out.push_back(kCorners[i]);
    return out;
}

}  // namespace ts
