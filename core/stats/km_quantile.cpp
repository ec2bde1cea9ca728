#include "core/stats/km_quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>
#include <vector>

namespace ts::stats {

namespace {

// One point of a curve in survival:::findq's coordinates: x = time, y = 1 - curve (NA = missing).
struct Point {
    double x = 0;
    std::optional<double> y;
};

// survival:::findq(x, y, p, tol): y is 1 - curve with the start point (firstx, 0) prepended.
// Duplicated y values (NA included) keep their first occurrence; approx(y + tol, index, p,
// "constant", f = 1) then picks the point with the smallest y + tol >= p, after sorting by y, so a
// non-monotone confidence curve is handled exactly as R does.
std::optional<double> findq(const std::vector<Point>& all, double p, double tol) {
    std::vector<Point> pts;
    std::unordered_set<double> seen;
    bool seenNa = false;
    double ymax = -std::numeric_limits<double>::infinity();
    for (const Point& pt : all) {
        if (!pt.y) {
            if (!seenNa) pts.push_back(pt);
            seenNa = true;
            continue;
        }
        ymax = std::max(ymax, *pt.y);
        // A non-monotone band may revisit an earlier value, hence a set rather than a run check.
        if (seen.insert(*pt.y).second) pts.push_back(pt);
    }
    if (ymax < p) return std::nullopt;
    if (p == 0) return pts.front().x;

    // Non-missing points sorted by y (stable), as approx's regularize.values.
    std::vector<std::size_t> byY;
    for (std::size_t i = 0; i < pts.size(); ++i)
        if (pts[i].y) byY.push_back(i);
    std::stable_sort(byY.begin(), byY.end(), [&](std::size_t a, std::size_t b) { return *pts[a].y < *pts[b].y; });

    // approx(..., rule = 1): NA outside [min, max] of the abscissae y + shift.
    const auto locate = [&](double shift) -> std::optional<std::size_t> {
        if (byY.empty() || p < *pts[byY.front()].y + shift || p > *pts[byY.back()].y + shift) return std::nullopt;
        for (std::size_t i : byY)
            if (*pts[i].y + shift >= p) return i;
        return std::nullopt;
    };
    const std::optional<std::size_t> i1 = locate(tol);
    const std::optional<std::size_t> i2 = locate(-tol);

    // S equal to 1 - p (within tol) on the last flat: midpoint with the last time of the curve.
    const std::optional<double>& ylast = pts.back().y;
    if (ylast && std::abs(p - *ylast) < tol)
        return i1 ? std::optional<double>((pts[*i1].x + all.back().x) / 2) : std::nullopt;
    if (!i1 || !i2) return std::nullopt;
    return (pts[*i1].x + pts[*i2].x) / 2;
}

}  // namespace

QuantileEstimate kmQuantile(const KmFit& fit, double p) {
    const double tol = std::sqrt(std::numeric_limits<double>::epsilon());
    std::vector<Point> est{{0, 0.0}}, low{{0, 0.0}}, up{{0, 0.0}};
    for (const KmStep& s : fit.steps) {
        est.push_back({s.time, 1 - s.surv});
        low.push_back({s.time, s.ciDefined ? std::optional<double>(1 - s.lower) : std::nullopt});
        up.push_back({s.time, s.ciDefined ? std::optional<double>(1 - s.upper) : std::nullopt});
    }
    QuantileEstimate q;
    q.estimate = findq(est, p, tol);
    if (fit.conf != ConfType::None) {
        q.lower = findq(low, p, tol);
        q.upper = findq(up, p, tol);
    }
    return q;
}

}  // namespace ts::stats
