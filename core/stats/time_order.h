#pragma once
// Rows ordered by follow-up time, with near-equal times merged as survival::aeqSurv does
// (the default timefix of survfit, survdiff and coxph).
//
// Input : time - finite follow-up times (any order, any unit); at most 2^32 - 1 rows.
// Output: one entry per row, ascending by time. `time` is the merged time: a distinct value that lies
//         within sqrt(machine eps) of the previous distinct value (absolutely, or relative to the mean
//         of the absolute distinct times) takes the value of the first member of its chain, exactly as
//         aeqSurv's findInterval on the cut points. Rows with equal merged times are adjacent.
// Cost  : one sort (radix, O(n), from 4096 rows on; std::sort below) and two linear sweeps; from
//         4096 rows on, input already ascending is recognised in one sweep and not sorted again.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace ts::stats {

// From this many rows orderByTime sorts with a stable radix sort (std::sort below).
inline constexpr std::size_t kRadixSortFrom = 4096;

struct TimedRow {
    double time = 0;
    std::uint32_t row = 0;
};

std::vector<TimedRow> orderByTime(std::span<const double> time);

// True when `time` is already in the order orderByTime sorts by (ascending; -0 before +0).
bool isTimeOrdered(std::span<const double> time);

// The merged times in input order (aeqSurv(Surv(time, status))[, 1]). survfit merges over all
// rows before splitting by group, so a caller fitting one curve per group applies this to the
// whole sample first.
std::vector<double> mergeNearTimes(std::span<const double> time);

}  // namespace ts::stats
