#pragma once
// Fisher-Freeman-Halton exact test for a 2 x k table (subjects with / without an event in k
// groups), two-sided, as R's fisher.test(rbind(events, totals - events)) for r = 2.
// With all margins fixed the table has probability prod_j C(n_j, x_j) / C(N, X); the p-value
// sums the probabilities of all tables no more likely than the observed one, with R's relative
// tolerance (1 + 1e-7). Tables are enumerated column by column; the count is bounded by
// prod (n_j + 1) over the first k - 1 groups and the routine declines above maxTables (then use
// chiSquare). Larger r x c tables have no exact test here: use chiSquare (chi_square.h).
//
// Inputs : events[j] subjects with the event and totals[j] subjects in group j
//          (0 <= events[j] <= totals[j]); maxTables caps the work.
// Output : p, the number of tables enumerated; nullopt p with a note when there are fewer than
//          two non-empty groups or the enumeration would exceed maxTables. Groups of size 0
//          are dropped (noted). When nobody or everybody has the event, every table is the
//          observed one and p = 1.
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct FisherTableResult {
    std::optional<double> p;
    double tables = 0;
    std::string note;
};

FisherTableResult fisherExact2xK(std::span<const int> events, std::span<const int> totals, double maxTables = 1e7);

}  // namespace ts::stats
