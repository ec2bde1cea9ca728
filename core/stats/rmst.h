#pragma once
// Restricted mean survival time up to tau, as print(survfit(...), rmean = tau) (survival:::survmean),
// with a Wald CI estimate +- z * se as survRM2::rmst2 reports it.
//
// Inputs : fit   - a KaplanMeier result (time unit of the data)
//          tau   - truncation time (> 0). A tau past the last step extends the last value of S, as R.
//          level - CI level in (0, 1)
// Output : estimate = integral_0^tau S(t) dt (time units); stdErr from the Greenwood-type formula
//          sum_j A_j^2 d_j / (n_j (n_j - d_j)) over event times t_j <= tau, A_j = integral_{t_j}^tau S,
//          with terms where n_j = d_j set to 0 (as R); lower/upper = estimate -+ z * stdErr.
#include "core/stats/kaplan_meier.h"

namespace ts::stats {

struct RmstResult {
    double tau = 0;
    double estimate = 0;
    double stdErr = 0;
    double lower = 0;
    double upper = 0;
    double level = 0.95;
};

RmstResult rmst(const KmFit& fit, double tau, double level = 0.95);

}  // namespace ts::stats
