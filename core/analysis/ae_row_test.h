#pragma once
// Between-group test of one AE row: subjects with the event vs without, per group. Fisher's exact
// test for two groups (fisher.test), the chi-square test on the 2 x k table otherwise (chisq.test).
#include <optional>
#include <vector>

#include "core/analysis/ae_analysis.h"

namespace ts {

// nullopt when any group lacks its subject count or denominator, or fewer than two groups.
std::optional<double> aeRowTest(const std::vector<AeCell>& counts, const std::vector<AeGroupTotal>& groups);

}  // namespace ts
