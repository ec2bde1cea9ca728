#include "core/stats/cumulative_incidence.h"

namespace ts::stats {

std::vector<IncidenceStep> incidenceFromKm(const KmFit& fit) {
    std::vector<IncidenceStep> out;
    out.reserve(fit.steps.size());
    for (const KmStep& s : fit.steps) out.push_back({s.time, 1 - s.surv, 1 - s.upper, 1 - s.lower, s.ciDefined});
    return out;
}

}  // namespace ts::stats
