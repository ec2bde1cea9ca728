#pragma once
// All pairwise two-group log-rank tests (Fleming–Harrington weights, optionally stratified) with
// adjusted p-values, as survminer::pairwise_survdiff(p.adjust.method = ...): each pair's survdiff on
// the two groups' rows, then p.adjust over the pairs (p_adjust.h). Pairs in order (0,1), (0,2) ...
#include <span>
#include <vector>

#include "core/stats/p_adjust.h"

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
                                            double rho = 0, double gamma = 0, PAdjust method = PAdjust::Holm);

}  // namespace ts::stats
