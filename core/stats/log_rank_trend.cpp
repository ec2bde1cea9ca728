#include "core/stats/log_rank_trend.h"

#include <cmath>

#include "core/stats/log_rank.h"
#include "core/stats/normal.h"

namespace ts::stats {

TrendResult logRankTrend(std::span<const double> time, std::span<const int> event, std::span<const int> group,
                         std::span<const double> scores, std::span<const int> strata, double rho, double gamma) {
    const LogRankResult lr = logRank(time, event, group, strata, rho, gamma);
    const std::size_t k = lr.observed.size();
    double u = 0, var = 0;
    for (std::size_t g = 0; g < k && g < scores.size(); ++g) {
        u += scores[g] * (lr.observed[g] - lr.expected[g]);
        for (std::size_t h = 0; h < k && h < scores.size(); ++h) var += scores[g] * lr.variance[g * k + h] * scores[h];
    }
    TrendResult res;
    // With no events or equal scores the variance is 0: nothing to test, keep chisq = 0, p = 1.
    if (var <= 0) return res;
    res.z = u / std::sqrt(var);
    res.chisq = res.z * res.z;
    res.p = normalTwoSidedP(res.z);
    return res;
}

}  // namespace ts::stats
