#include "core/stats/aalen_johansen_at.h"

#include <algorithm>
#include <cmath>

#include "core/stats/normal.h"

namespace ts::stats {

CifBand cifBand(double estimate, double stdErr, double level) {
    if (!(estimate > 0)) return {};
    const double width = normalQuantile(0.5 + level / 2) * stdErr / estimate;
    return {estimate * std::exp(-width), std::min(1.0, estimate * std::exp(width)), true};
}

std::vector<CifAt> aalenJohansenAt(const AalenJohansenFit& fit, int cause, std::span<const double> times,
                                   double level) {
    const auto m = static_cast<std::size_t>(fit.causes);
    const auto c = static_cast<std::size_t>(cause - 1);
    // Cumulative counts after each step, so that every requested time is one binary search.
    std::vector<double> events(fit.steps()), competing(fit.steps()), censored(fit.steps());
    double e = 0, o = 0, z = 0;
    for (std::size_t j = 0; j < fit.steps(); ++j) {
        for (std::size_t k = 0; k < m; ++k) (k == c ? e : o) += fit.nEvent[j * m + k];
        z += fit.nCensor[j];
        events[j] = e;
        competing[j] = o;
        censored[j] = z;
    }
    std::vector<CifAt> out;
    for (double t : times) {
        CifAt at;
        at.time = t;
        // Steps at or before t, and the first step at or after t (its n at risk is n.risk at t).
        const auto upto =
            static_cast<std::size_t>(std::upper_bound(fit.time.begin(), fit.time.end(), t) - fit.time.begin());
        const auto from =
            static_cast<std::size_t>(std::lower_bound(fit.time.begin(), fit.time.end(), t) - fit.time.begin());
        at.nRisk = from < fit.steps() ? fit.nRisk[from] : 0;
        if (upto > 0) {
            const std::size_t j = upto - 1;
            at.cif = fit.incidence[j * m + c];
            at.stdErr = fit.stdErr[j * m + c];
            at.eventsCum = events[j];
            at.competingCum = competing[j];
            at.censoredCum = censored[j];
        }
        // Before the first step summary.survfit reports the starting state with a band of [0, 0].
        at.band = upto > 0 ? cifBand(at.cif, at.stdErr, level) : CifBand{0, 0, true};
        out.push_back(at);
    }
    return out;
}

}  // namespace ts::stats
