#pragma once
// Difference of two independent proportions, d = x1/n1 - x2/n2, with two confidence intervals:
//  - Wald: d -/+ z sqrt(p1 (1 - p1) / n1 + p2 (1 - p2) / n2), clipped to [-1, 1] as R's
//    prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$conf.int (which it equals);
//  - Newcombe's hybrid score interval (Newcombe RG, Interval estimation for the difference
//    between independent proportions: comparison of eleven methods, Stat Med 1998;17:873-890,
//    method 10): with Wilson limits (l1, u1), (l2, u2) of each proportion,
//      lower = d - sqrt((p1 - l1)^2 + (u2 - p2)^2),  upper = d + sqrt((u1 - p1)^2 + (p2 - l2)^2).
//    It keeps its coverage near zero counts, where the Wald interval collapses.
//
// Inputs : x1 of n1 (group 1), x2 of n2 (group 2), 0 <= x <= n; level in (0, 1).
// Output : proportions and difference (fractions, not percent) and both intervals; all nullopt
//          with a note when a group is empty. A zero-width Wald interval (both proportions 0 or 1)
//          is returned as it is, with a note.
#include <optional>
#include <string>

namespace ts::stats {

struct RiskDifferenceResult {
    std::optional<double> p1, p2, difference;
    std::optional<double> waldLower, waldUpper;
    std::optional<double> newcombeLower, newcombeUpper;
    double level = 0.95;
    std::string note;
};

RiskDifferenceResult riskDifference(int x1, int n1, int x2, int n2, double level = 0.95);

}  // namespace ts::stats
