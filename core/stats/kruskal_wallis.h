#pragma once
// Kruskal-Wallis rank-sum test, as R's kruskal.test(value ~ group), with the tie correction:
//   H = [12 / (N (N + 1)) sum_g R_g^2 / n_g - 3 (N + 1)] / [1 - sum(t^3 - t) / (N^3 - N)]
// on k - 1 degrees of freedom (k = groups with at least one value), p from the chi-square
// upper tail.
//
// Inputs : values (finite, any unit: only ranks matter) and their group codes 0..k-1.
// Output : H, df, p; nullopt with a note when fewer than two non-empty groups, or when all
//          values are tied (R gives NaN). Empty groups are ignored (as R drops unused levels)
//          and named in the note.
// Preconditions: values.size() == group.size(); codes >= 0.
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct KruskalWallisResult {
    std::optional<double> statistic;  // H, tie-corrected
    std::optional<int> df;
    std::optional<double> p;
    std::string note;
};

KruskalWallisResult kruskalWallis(std::span<const double> values, std::span<const int> group);

}  // namespace ts::stats
