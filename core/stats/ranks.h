#pragma once
// Mid-ranks (ties get the average of the ranks they span), as R's rank(x, ties.method = "average").
//
// Inputs : values - finite numbers, any order; ties are exact equality (R's digits.rank = Inf).
// Output : rank[i] is the 1-based mid-rank of values[i]; tieTerm is sum over groups of tied
//          values of (t^3 - t), the quantity the rank tests subtract from their variance;
//          ties says whether any value occurs more than once.
// Preconditions: none; empty input gives empty ranks.
#include <span>
#include <vector>

namespace ts::stats {

struct Ranks {
    std::vector<double> rank;
    double tieTerm = 0;
    bool ties = false;
};

Ranks midRanks(std::span<const double> values);

}  // namespace ts::stats
