#include "core/stats/t_test.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace ts::stats {
namespace {

struct Moments {
    double n = 0, mean = 0, var = 0;
};

// Mean (with R's residual refinement) and unbiased variance; caller guarantees size >= 2.
Moments moments(std::span<const double> x) {
    Moments m;
    m.n = static_cast<double>(x.size());
    double sum = 0;
    for (double v : x) sum += v;
    m.mean = sum / m.n;
    double resid = 0;
    for (double v : x) resid += v - m.mean;
    m.mean += resid / m.n;
    double ss = 0;
    for (double v : x) ss += (v - m.mean) * (v - m.mean);
    m.var = ss / (m.n - 1);
    return m;
}

// R's guard: a standard error below 10 eps times the size of the means is rounding noise,
// and the t statistic would be meaningless (R stops with "data are essentially constant").
bool essentiallyConstant(double stdErr, double scale) {
    return stdErr == 0 || stdErr < 10 * std::numeric_limits<double>::epsilon() * scale;
}

// t, p and CI from an estimate with its standard error, shared by the three tests. Values near the
// double range (1e160) overflow the sums of squares to inf and the degrees of freedom to NaN:
// then nothing is estimated and the note says why.
void finish(TTestResult& r, double estimate, double delta0, double stdErr, double df) {
    if (!std::isfinite(stdErr) || !std::isfinite(df) || !std::isfinite(estimate)) {
        r.note = "values too large to compute with (the variance overflows)";
        return;
    }
    const boost::math::students_t dist(df);
    const double t = (estimate - delta0) / stdErr;
    const double half = boost::math::quantile(dist, (1 + r.level) / 2) * stdErr;
    r.t = t;
    r.df = df;
    // Upper tail of |t| doubled, computed as a complement so tiny p-values keep their digits.
    r.p = 2 * boost::math::cdf(boost::math::complement(dist, std::fabs(t)));
    r.estimate = estimate;
    r.stdErr = stdErr;
    r.lower = estimate - half;
    r.upper = estimate + half;
}

}  // namespace

TTestResult oneSampleTTest(std::span<const double> x, double mu, double level) {
    TTestResult r;
    r.method = "One Sample t-test";
    r.level = level;
    if (x.size() < 2) {
        r.note = "not enough 'x' observations";
        return r;
    }
    const Moments m = moments(x);
    const double stdErr = std::sqrt(m.var / m.n);
    r.meanX = m.mean;
    if (essentiallyConstant(stdErr, std::fabs(m.mean))) {
        r.note = "data are essentially constant";
        return r;
    }
    finish(r, m.mean, mu, stdErr, m.n - 1);
    return r;
}

TTestResult pairedTTest(std::span<const double> x, std::span<const double> y, double level) {
    if (x.size() != y.size()) {
        TTestResult r;
        r.method = "Paired t-test";
        r.level = level;
        r.note = "'x' and 'y' must have the same length";
        return r;
    }
    std::vector<double> diff(x.size());
    std::transform(x.begin(), x.end(), y.begin(), diff.begin(), std::minus<>());
    TTestResult r = oneSampleTTest(diff, 0, level);
    r.method = "Paired t-test";
    r.meanX.reset();  // the estimate is the mean difference; there is no group mean
    return r;
}

TTestResult welchTTest(std::span<const double> x, std::span<const double> y, double level) {
    TTestResult r;
    r.method = "Welch Two Sample t-test";
    r.level = level;
    if (x.size() < 2 || y.size() < 2) {
        r.note = x.size() < 2 ? "not enough 'x' observations" : "not enough 'y' observations";
        return r;
    }
    const Moments mx = moments(x);
    const Moments my = moments(y);
    r.meanX = mx.mean;
    r.meanY = my.mean;
    const double vx = mx.var / mx.n;  // squared standard errors of the two means
    const double vy = my.var / my.n;
    const double stdErr = std::sqrt(vx + vy);
    if (essentiallyConstant(stdErr, std::max(std::fabs(mx.mean), std::fabs(my.mean)))) {
        r.note = "data are essentially constant";
        return r;
    }
    // Welch-Satterthwaite degrees of freedom.
    const double df = (vx + vy) * (vx + vy) / (vx * vx / (mx.n - 1) + vy * vy / (my.n - 1));
    finish(r, mx.mean - my.mean, 0, stdErr, df);
    return r;
}

}  // namespace ts::stats
