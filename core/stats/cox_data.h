#pragma once
// Sorted, centred and scaled copy of a Cox regression problem, ready for repeated likelihood
// sweeps (see cox_sweep.h); the preparation step of survival::coxph.fit / coxfit6.
//
// Inputs : time (finite), event (0/1), design x (n x p row-major), strata (empty = one stratum).
// Output : rows in increasing stratum, then increasing time; per row the covariates
//          (x - mean) * scale, the event flag, a count and two marks for the backward sweep.
//          Times closer than survival's aeqSurv tolerance (sqrt(machine eps), absolute or
//          relative to the mean absolute distinct time) count as tied, as coxph(timefix = TRUE).
// Merging: when every column is coded (values in {-1, 0, 1}, e.g. treatment dummies), rows with
//          the same stratum, tied time, status and covariates are stored once with a count; the
//          likelihood is unchanged and the sweeps then cost O(distinct rows), not O(n).
// Centring: a column whose values all lie in {-1, 0, 1} is left alone (coxph's nocenter);
//          any other column is centred by its mean and scaled by 1 / mean |x - mean|, which keeps
//          exp(x'b) in range during the iteration and does not change the estimates.
// Cost   : one sort of the times (time_order.h, radix), O(n p) otherwise.
#include <cstdint>
#include <span>
#include <vector>

namespace ts::stats {

struct CoxData {
    int n = 0;  // stored rows (after merging)
    int p = 0;
    int events = 0;
    std::vector<double> x;                          // n x p, row-major, sorted, centred and scaled
    std::vector<std::uint8_t> event;                // 1 = event
    std::vector<int> count;                         // input rows merged into each stored row
    std::vector<std::uint8_t> mark;                 // bit TieFirst / StratumLast, see below
    std::vector<double> scale;                      // coefficient on the original scale = beta * scale
    std::vector<double> eventX;                     // sum of the (scaled) covariates over the events, p
    static constexpr std::uint8_t TieFirst = 1;     // first row of a group of tied times
    static constexpr std::uint8_t StratumLast = 2;  // last row of its stratum
};

CoxData prepareCox(std::span<const double> time, std::span<const int> event, std::span<const double> x, int p,
                   std::span<const int> strata);

}  // namespace ts::stats
