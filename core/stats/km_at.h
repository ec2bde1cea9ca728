#pragma once
// Survival at requested times, as summary(survfit, times = t, extend = TRUE), plus the cumulative
// event and censoring counts that feed a KMunicate-style table.
//
// Inputs : fit   - a KaplanMeier result
//          times - requested times (any order; returned in the order given)
// Output : per time: S(t), CI, std.err, n at risk at t (subjects with time >= t), events and
//          censorings with time <= t (cumulative). Past the last step surv stays at its last value
//          and n.risk is 0, as extend = TRUE. Before the first step surv = 1 and n.risk = n.
//          stdErr is summary()'s std.err: the standard error of S(t) itself (= surv * step stdErr).
//          ciDefined is false where R gives NA bounds (S = 0), as in KmStep.
#include <span>
#include <vector>

#include "core/stats/kaplan_meier.h"

namespace ts::stats {

struct KmAt {
    double time = 0;
    double surv = 1;
    double stdErr = 0;
    double lower = 1;
    double upper = 1;
    double nRisk = 0;
    double eventsCum = 0;
    double censoredCum = 0;
    bool ciDefined = true;
};

std::vector<KmAt> kmAt(const KmFit& fit, std::span<const double> times);

}  // namespace ts::stats
