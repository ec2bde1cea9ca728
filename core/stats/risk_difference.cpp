#include "core/stats/risk_difference.h"

#include <algorithm>
#include <cmath>

#include "core/stats/normal.h"
#include "core/stats/wilson.h"

namespace ts::stats {

RiskDifferenceResult riskDifference(int x1, int n1, int x2, int n2, double level) {
    RiskDifferenceResult r;
    r.level = level;
    const auto w1 = wilsonInterval(x1, n1, level);
    const auto w2 = wilsonInterval(x2, n2, level);
    if (!w1 || !w2) {
        r.note = "a group has no subjects: difference not estimable";
        return r;
    }
    const double p1 = w1->estimate;
    const double p2 = w2->estimate;
    const double d = p1 - p2;
    r.p1 = p1;
    r.p2 = p2;
    r.difference = d;

    const double z = zForLevel(level);
    const double half = z * std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    r.waldLower = std::max(d - half, -1.0);
    r.waldUpper = std::min(d + half, 1.0);
    if (half == 0) r.note = "both proportions are 0 or 1: the Wald interval has zero width";

    r.newcombeLower = d - std::hypot(p1 - w1->lower, w2->upper - p2);
    r.newcombeUpper = d + std::hypot(w1->upper - p1, p2 - w2->lower);
    return r;
}

}  // namespace ts::stats
