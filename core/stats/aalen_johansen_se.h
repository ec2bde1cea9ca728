#pragma once
// Standard errors of the Aalen–Johansen cumulative incidences by the infinitesimal jackknife, as
// survival::survfit reports them for multi-state data (std.err of pstate; one row per subject, all
// starting event-free, no weights, no left truncation).
//
// Input : fit - an AalenJohansenFit (its counts per step: nRisk, nCensor, nEvent; its estimates
//         eventFree and incidence).
// Output: steps x causes, row-major, in the fit's layout: sqrt(sum_i U_i(t)^2) where U_i(t) is the
//         derivative of F_c(t) with respect to subject i's case weight.
// Cost  : O(steps x causes), no pass over subjects: subjects leaving at the same step with the
//         same outcome have the same influence, and those still at risk share one value.
#include <vector>

#include "core/stats/aalen_johansen.h"

namespace ts::stats {

std::vector<double> aalenJohansenStdErr(const AalenJohansenFit& fit);

}  // namespace ts::stats
