#include "core/analysis/nice_times.h"

#include <cmath>

namespace ts {

std::vector<double> niceTimes(double maxTime) {
    if (!(maxTime > 0)) return {0.0};
    // The smallest nice step m * 10^e that gives at most 8 intervals over [0, maxTime].
    const double raw = maxTime / 8.0;
    int e = static_cast<int>(std::floor(std::log10(raw)));
    double mantissa = 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * std::pow(10.0, e) >= raw) {
            mantissa = m;
            break;
        }
    // For negative e divide by the exact power 10^-e, so 3 x 0.1 prints as 0.3 and not
    // 0.30000000000000004 (k * m and 10^-e are exact integers in double).
    auto at = [&](int k) { return e >= 0 ? k * mantissa * std::pow(10.0, e) : k * mantissa / std::pow(10.0, -e); };
    std::vector<double> times;
    for (int k = 0; at(k) <= maxTime * (1 + 1e-12); ++k) times.push_back(at(k));
    return times;
}

}  // namespace ts
