#pragma once
// Descriptive summary of one sample, as R's length / mean / sd / quantile(type = 7) / range and
// the one-sample t interval of t.test(x)$conf.int.
//
// Inputs : values - finite numbers in the unit of the measurement (a lab value, a change from
//          baseline or a percent change: the caller decides which; see change.h);
//          level  - confidence level of the interval for the mean, in (0, 1).
// Output : n; mean, min, max, median, q1, q3 (nullopt when n = 0); sd (n - 1 denominator),
//          se = sd / sqrt(n) and the t-based CI mean -/+ qt((1 + level) / 2, n - 1) se
//          (nullopt when n < 2). Every statistic is in the unit of the input. note says why
//          something is missing.
// Preconditions: no NaN or infinity in values (the caller drops missing results first).
#include <cstddef>
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct Description {
    std::size_t n = 0;
    std::optional<double> mean, sd, se, lower, upper;
    std::optional<double> median, q1, q3, min, max;
    double level = 0.95;
    std::string note;
};

Description describe(std::span<const double> values, double level = 0.95);

}  // namespace ts::stats
