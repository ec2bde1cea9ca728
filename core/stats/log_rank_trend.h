#pragma once
// Log-rank test for trend over ordered groups (e.g. dose): U = sum_g score_g (O_g - E_g),
// chisq = U^2 / (s' V s) on 1 df, with V the log-rank variance matrix. With Fleming–Harrington
// weights (rho, gamma) O, E and V are the weighted ones of logRank (log_rank.h), so the trend test
// uses the same weights as the k-sample test beside it; strata sum within-stratum terms.
#include <span>

namespace ts::stats {

struct TrendResult {
    double chisq = 0;
    double z = 0;  // signed statistic; > 0 means more events than expected at higher scores
    double p = 1;
};

TrendResult logRankTrend(std::span<const double> time, std::span<const int> event, std::span<const int> group,
                         std::span<const double> scores, std::span<const int> strata = {}, double rho = 0,
                         double gamma = 0);

}  // namespace ts::stats
