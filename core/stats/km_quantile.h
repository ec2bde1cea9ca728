#pragma once
// Quantiles of a Kaplan–Meier curve with CI, by the rules of survival:::quantile.survfit /
// print.survfit: the estimate is the first time S(t) <= 1 - p (the midpoint between that time and
// the next step when S equals 1 - p exactly over a flat); the CI limits are the same rule applied
// to the lower and upper confidence curves. A limit that is never reached is std::nullopt.
#include <optional>

#include "core/stats/kaplan_meier.h"

namespace ts::stats {

struct QuantileEstimate {
    std::optional<double> estimate;
    std::optional<double> lower;
    std::optional<double> upper;
};

// p = 0.5 gives the median survival time.
QuantileEstimate kmQuantile(const KmFit& fit, double p = 0.5);

}  // namespace ts::stats
