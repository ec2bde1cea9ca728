#pragma once
// Wilson score interval for one binomial proportion (Wilson EB, J Am Stat Assoc 1927;22:209-212),
// without continuity correction; equal to R's prop.test(x, n, correct = FALSE)$conf.int.
//   centre = (p + z^2 / 2n) / (1 + z^2 / n),
//   half   = z sqrt(p (1 - p) / n + z^2 / 4n^2) / (1 + z^2 / n),  z = qnorm((1 + level) / 2).
//
// Inputs : x successes out of n trials (0 <= x <= n); level in (0, 1).
// Output : the interval as proportions in [0, 1]; nullopt when n = 0.
#include <optional>

namespace ts::stats {

struct ProportionInterval {
    double estimate = 0;
    double lower = 0;
    double upper = 0;
};

std::optional<ProportionInterval> wilsonInterval(int x, int n, double level = 0.95);

}  // namespace ts::stats
