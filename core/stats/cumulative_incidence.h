#pragma once
// Cumulative incidence as 1 - S(t) of a Kaplan–Meier fit (a single event type), with the CI of S
// flipped: lower = 1 - upper(S), upper = 1 - lower(S). Equals survfit's cumulative incidence when
// there are no competing risks (plot(fit, fun = "event")).
//
// Input : fit - a KaplanMeier result. Output: one step per KM step, same times.
#include <vector>

#include "core/stats/kaplan_meier.h"

namespace ts::stats {

struct IncidenceStep {
    double time = 0;
    double estimate = 0;
    double lower = 0;
    double upper = 0;
    bool ciDefined = true;  // as KmStep::ciDefined
};

std::vector<IncidenceStep> incidenceFromKm(const KmFit& fit);

}  // namespace ts::stats
