#pragma once
// Kaplan–Meier estimator with Greenwood variance, as survival::survfit(Surv(time, status) ~ 1).
//
// Inputs : time   - follow-up times (any unit, finite, >= 0)
//          event  - 1 = event, 0 = censored (same length as time)
//          weight - case weights (> 0), or empty for all 1
//          conf   - CI transform; level in (0,1)
// Output : one step per distinct time (events or censorings), in increasing time, with R's
//          n.risk / n.event / n.censor / surv / std.err (of the cumulative hazard, as survfit) and
//          the CI bounds. Times closer than R's survfit tolerance (sqrt(machine eps) relative) are merged.
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
};

struct KmFit {
    std::vector<KmStep> steps;
    double n = 0;          // weighted number of subjects
    double events = 0;     // weighted number of events
    ConfType conf = ConfType::Log;
    double level = 0.95;
};

KmFit kaplanMeier(std::span<const double> time, std::span<const int> event,
                  std::span<const double> weight = {}, ConfType conf = ConfType::Log,
                  double level = 0.95);

}  // namespace ts::stats
