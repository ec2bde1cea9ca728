#pragma once
// Cumulative incidence of one cause at requested times, with its confidence band, as
// summary(survfit(Surv(time, factor(status)) ~ 1), times = t, extend = TRUE) gives pstate,
// std.err, lower and upper, plus the cumulative counts a KMunicate-style table shows.
//
// Inputs : fit   - an AalenJohansenFit (with stdErr)
//          cause - 1..fit.causes
//          times - requested times (any order; returned in the order given)
//          level - confidence level in (0, 1)
// Output : per time: F(t), its standard error, the "log" band of survfit (conf.type's default for
//          multi-state fits): F exp(-/+ z se / F), the upper bound capped at 1; n at risk at t
//          (subjects with time >= t); events of the cause, of the other causes and censorings with
//          time <= t (cumulative). Before the first step F = 0; past the last step F keeps its last
//          value and n at risk is 0 (extend = TRUE). Where a step's F = 0 survfit's band is NA
//          (band.defined false); before the first step it is [0, 0].
#include <span>
#include <vector>

#include "core/stats/aalen_johansen.h"

namespace ts::stats {

struct CifBand {
    double lower = 0, upper = 0;
    bool defined = false;
};

// The band of one estimate F with standard error se (see above).
CifBand cifBand(double estimate, double stdErr, double level);

struct CifAt {
    double time = 0;
    double cif = 0;
    double stdErr = 0;
    CifBand band;
    double nRisk = 0;
    double eventsCum = 0, competingCum = 0, censoredCum = 0;
};

std::vector<CifAt> aalenJohansenAt(const AalenJohansenFit& fit, int cause, std::span<const double> times, double level);

}  // namespace ts::stats
