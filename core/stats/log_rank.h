#pragma once
// k-sample log-rank test with Fleming–Harrington G(rho, gamma) weights, optionally stratified,
// as survival::survdiff(Surv(time, status) ~ group + strata(s), rho = rho) when gamma = 0.
// The weight at an event time is S(t-)^rho * (1 - S(t-))^gamma with S the pooled KM within stratum.
//
// Inputs : time, event (1/0), group (0..k-1), strata (empty = one stratum), rho, gamma >= 0
// Output : chisq on df = (number of groups with expected > 0) - 1, as survdiff; p (1 when df = 0,
//          where R would give 0 or NaN for a test with nothing to compare); observed and expected
//          (both weighted by the FH weight, as survdiff) per group, the k x k variance matrix
//          (row-major). Sums run over strata. Times are merged as survdiff's timefix (aeqSurv).
// Preconditions: group in 0..k-1 and strata in 0..s-1 (non-negative), same length as time.
// Cost   : one sort plus one linear sweep with O(k^2) work per distinct event time.
#include <span>
#include <vector>

namespace ts::stats {

struct LogRankResult {
    double chisq = 0;
    int df = 0;
    double p = 1;
    std::vector<double> observed;
    std::vector<double> expected;
    std::vector<double> variance;  // k x k, row-major
};

LogRankResult logRank(std::span<const double> time, std::span<const int> event, std::span<const int> group,
                      std::span<const int> strata = {}, double rho = 0, double gamma = 0);

}  // namespace ts::stats
