#pragma once
// Kaplan–Meier estimator with Greenwood variance, as survival::survfit(Surv(time, status) ~ 1).
//
// Inputs : time   - follow-up times (any unit, finite, >= 0)
//          event  - 1 = event, 0 = censored (same length as time)
//          weight - case weights (> 0), or empty for all 1
//          conf   - CI transform; level in (0,1)
// Output : one step per distinct time (events or censorings), in increasing time, with R's
//          n.risk / n.event / n.censor / surv / std.err (of the cumulative hazard, as survfit) and
//          the CI bounds. Times closer than R's survfit tolerance (sqrt(machine eps) relative) are merged
//          (survival::aeqSurv).
// Variance: Greenwood on the (weighted) counts when all weights are whole numbers. With any
//          non-integer weight survfit switches to the infinitesimal-jackknife (robust) variance, and so
//          does this routine (KmFit::robust = true); R then prints std.err on the S scale, which is
//          surv * stdErr here: stdErr is always the standard error of log S.
// Not estimable: once every subject at risk fails (S = 0) the Greenwood variance is infinite; such
//          steps have ciDefined = false and stdErr/lower/upper hold 0/surv/surv (R: Inf, NA, NA).
//          The jackknife variance stays finite there (0): only the plain band [0, 0] is defined.
// Preconditions: none on order (the routine sorts); the input may be empty (no steps, n = 0).
#include <span>
#include <vector>

#include "core/stats/conf_type.h"

namespace ts::stats {

struct KmStep {
    double time = 0;
    double nRisk = 0;
    double nEvent = 0;
    double nCensor = 0;
    double surv = 1;
    double stdErr = 0;  // survfit's std.err: standard error of the cumulative hazard (log S)
    double lower = 1;   // CI bounds; equal to surv when conf = None
    double upper = 1;
    bool ciDefined = true;  // false where R reports an infinite std.err and NA bounds
};

struct KmFit {
    std::vector<KmStep> steps;
    double n = 0;       // weighted number of subjects
    double events = 0;  // weighted number of events
    ConfType conf = ConfType::Log;
    double level = 0.95;
    bool robust = false;  // infinitesimal-jackknife variance (non-integer weights)
};

KmFit kaplanMeier(std::span<const double> time, std::span<const int> event, std::span<const double> weight = {},
                  ConfType conf = ConfType::Log, double level = 0.95);

}  // namespace ts::stats
