#pragma once
// One-way analysis of variance with equal variances, as R's oneway.test(value ~ group,
// var.equal = TRUE) and anova(lm(value ~ factor(group))):
//   F = [SS_between / (k - 1)] / [SS_within / (N - k)],  p = upper tail of F(k - 1, N - k).
//
// Inputs : values (finite, one unit) and their group codes 0..k-1.
// Output : sums of squares (unit^2), mean squares, df, F and p. Empty groups are ignored (as R
//          drops unused levels) and named in the note. F and p are nullopt with a note when
//          fewer than two non-empty groups, no residual df (N = k), or zero within-group
//          variance (F undefined).
// Preconditions: values.size() == group.size(); codes >= 0.
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct AnovaResult {
    int dfBetween = 0, dfWithin = 0;
    double ssBetween = 0, ssWithin = 0;
    std::optional<double> msBetween, msWithin;
    std::optional<double> f, p;
    std::string note;
};

AnovaResult oneWayAnova(std::span<const double> values, std::span<const int> group);

}  // namespace ts::stats
