#include "core/stats/wilson.h"

#include <algorithm>
#include <cmath>

#include "core/stats/normal.h"

namespace ts::stats {

std::optional<ProportionInterval> wilsonInterval(int x, int n, double level) {
    if (n <= 0) return std::nullopt;
    const double z = zForLevel(level);
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(x) / nn;
    const double z2 = z * z;
    const double denom = 1 + z2 / nn;
    const double centre = (p + z2 / (2 * nn)) / denom;
    const double half = z * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / denom;
    // At x = 0 or x = n one limit is exactly 0 or 1 in exact arithmetic; clamp the rounding.
    return ProportionInterval{p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace ts::stats
