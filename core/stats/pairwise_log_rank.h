#pragma once
// All pairwise two-group log-rank tests with Holm-adjusted p-values
// (as survminer::pairwise_survdiff(p.adjust.method = "holm")).
#include <span>
#include <vector>

namespace ts::stats {

struct PairwiseResult {
    int groupA = 0;
    int groupB = 0;
    double chisq = 0;
    double p = 1;
    double pAdjusted = 1;
};

std::vector<PairwiseResult> pairwiseLogRank(std::span<const double> time, std::span<const int> event,
                                            std::span<const int> group, std::span<const int> strata = {},
                                            double rho = 0);

// Holm step-down adjustment, as p.adjust(p, "holm").
std::vector<double> holmAdjust(std::span<const double> p);

}  // namespace ts::stats
