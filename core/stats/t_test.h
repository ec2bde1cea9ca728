#pragma once
// Student t tests, two-sided, as R's t.test:
//   oneSampleTTest(x, mu)   t.test(x, mu = mu)
//   pairedTTest(x, y)       t.test(x, y, paired = TRUE)      (tests mean(x - y) = 0)
//   welchTTest(x, y)        t.test(x, y)  (var.equal = FALSE: Welch-Satterthwaite df)
//
// Inputs : samples of finite numbers in one unit; for the paired test x[i] and y[i] belong to
//          the same subject (equal lengths); level in (0, 1).
// Output : t, df, two-sided p, the estimate (mean of x, mean of differences, or
//          mean(x) - mean(y)), its standard error and the level CI, all in the unit of the data
//          (t, df, p unitless). When R would stop (too few observations, data essentially
//          constant) every optional is empty and note gives R's reason.
// Preconditions: no NaN; pairedTTest needs x.size() == y.size() (otherwise not estimable).
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct TTestResult {
    std::string method;  // R's method string
    std::optional<double> t, df, p;
    std::optional<double> estimate, stdErr, lower, upper;
    std::optional<double> meanX, meanY;  // the group means (Welch only: meanY)
    double level = 0.95;
    std::string note;
};

TTestResult oneSampleTTest(std::span<const double> x, double mu = 0, double level = 0.95);
TTestResult pairedTTest(std::span<const double> x, std::span<const double> y, double level = 0.95);
TTestResult welchTTest(std::span<const double> x, std::span<const double> y, double level = 0.95);

}  // namespace ts::stats
