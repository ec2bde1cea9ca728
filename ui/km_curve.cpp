#include "ui/km_curve.h"

#include <algorithm>
#include <array>

namespace ts {

namespace {

// Corners of the axis rect, in the order a legend or box prefers them.
constexpr std::array<Qt::Alignment, 4> kCorners = {Qt::AlignTop | Qt::AlignRight, Qt::AlignBottom | Qt::AlignLeft,
                                                   Qt::AlignBottom | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft};

}  // namespace

KmCurve kmCurve(const stats::KmFit& fit, double factor, double start, bool cumulative) {
    KmCurve c;
    const qsizetype n = static_cast<qsizetype>(fit.steps.size()) + 1;
    c.keys.reserve(n);
    c.surv.reserve(n);
    c.lower.reserve(n);
    c.upper.reserve(n);
    auto push = [&](double t, double s, double lo, double hi) {
        c.keys.push_back(t);
        // Cumulative incidence 1 - S: the bounds swap (1 - upper is the lower bound).
        c.surv.push_back(cumulative ? 1 - s : s);
        c.lower.push_back(cumulative ? 1 - hi : lo);
        c.upper.push_back(cumulative ? 1 - lo : hi);
    };
    push(start, 1, 1, 1);
    for (const stats::KmStep& s : fit.steps) push(s.time * factor, s.surv, s.lower, s.upper);
    return c;
}

int cornerHits(const std::vector<KmCurve>& curves, const QCPRange& xr, const QCPRange& yr, Qt::Alignment corner,
               double w, double h) {
    int hits = 0;
    for (const KmCurve& c : curves) {
        for (int i = 0; i <= 60; ++i) {
            const double fx = i / 60.0;
            const double t = xr.lower + fx * xr.size();
            auto it = std::upper_bound(c.keys.begin(), c.keys.end(), t);
            if (it == c.keys.begin()) continue;
            const double fy = (c.surv[std::distance(c.keys.begin(), it) - 1] - yr.lower) / yr.size();
            const bool inX = (corner & Qt::AlignLeft) ? fx <= w : fx >= 1 - w;
            const bool inY = (corner & Qt::AlignBottom) ? fy <= h : fy >= 1 - h;
            hits += inX && inY;
        }
    }
    return hits;
}

std::vector<Qt::Alignment> freeCorners(const std::vector<KmCurve>& curves, const QCPRange& xr, const QCPRange& yr,
                                       double w, double h) {
    std::vector<std::pair<int, int>> score;
    for (int i = 0; i < 4; ++i) score.emplace_back(cornerHits(curves, xr, yr, kCorners[i], w, h), i);
    std::stable_sort(score.begin(), score.end(), [](auto a, auto b) { return a.first < b.first; });
    std::vector<Qt::Alignment> out;
    for (auto [hits, i] : score) out.push_back(kCorners[i]);
    return out;
}

}  // namespace ts
