#include "core/stats/describe.h"

#include <algorithm>
#include <array>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>

#include "core/stats/quantile.h"

namespace ts::stats {

Description describe(std::span<const double> values, double level) {
    Description d;
    d.n = values.size();
    d.level = level;
    if (values.empty()) {
        d.note = "no values";
        return d;
    }
    const double n = static_cast<double>(values.size());

    // Two-pass mean with R's refinement (mean += mean of residuals), then the sum of squared
    // deviations about it: accurate when the values sit far from zero relative to their spread
    // (e.g. lab values in the thousands with a spread of a few units).
    double sum = 0;
    for (double v : values) sum += v;
    double mean = sum / n;
    double resid = 0;
    for (double v : values) resid += v - mean;
    mean += resid / n;
    d.mean = mean;

    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    d.min = *lo;
    d.max = *hi;
    constexpr std::array<double, 3> probs{0.25, 0.5, 0.75};
    const auto q = quantiles(values, probs);
    d.q1 = q[0];
    d.median = q[1];
    d.q3 = q[2];

    if (values.size() < 2) {
        d.note = "one value: SD, SE and CI not estimable";
        return d;
    }
    double ss = 0;
    for (double v : values) ss += (v - mean) * (v - mean);
    const double sd = std::sqrt(ss / (n - 1));
    const double se = sd / std::sqrt(n);
    if (!std::isfinite(sd)) {  // values near the double range (1e160): the sum of squares overflows
        d.note = "values too large to compute with (the variance overflows)";
        return d;
    }
    d.sd = sd;
    d.se = se;
    const boost::math::students_t t(n - 1);
    const double half = boost::math::quantile(t, (1 + level) / 2) * se;
    d.lower = mean - half;
    d.upper = mean + half;
    return d;
}

}  // namespace ts::stats
