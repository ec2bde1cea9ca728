#include "core/stats/km_at.h"

#include <algorithm>

namespace ts::stats {

std::vector<KmAt> kmAt(const KmFit& fit, std::span<const double> times) {
    const auto& steps = fit.steps;
    // Cumulative counts up to and including each step, so that each requested time costs one
    // binary search (times may come in any order).
    std::vector<double> eventsCum(steps.size()), censoredCum(steps.size());
    double e = 0, c = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        e += steps[i].nEvent;
        c += steps[i].nCensor;
        eventsCum[i] = e;
        censoredCum[i] = c;
    }
    const auto before = [](const KmStep& s, double t) { return s.time < t; };

    std::vector<KmAt> out;
    out.reserve(times.size());
    for (double t : times) {
        KmAt at;
        at.time = t;
        // First step with time >= t gives n.risk at t (R: n.risk[1 + findInterval(t, time, left.open)]).
        const auto next = std::lower_bound(steps.begin(), steps.end(), t, before);
        at.nRisk = next == steps.end() ? 0.0 : next->nRisk;
        // Last step with time <= t gives S(t) (R: findInterval(t, time)).
        const auto upto =
            std::upper_bound(steps.begin(), steps.end(), t, [](double v, const KmStep& s) { return v < s.time; });
        if (upto != steps.begin()) {
            const auto k = static_cast<std::size_t>(upto - steps.begin()) - 1;
            const KmStep& s = steps[k];
            at.surv = s.surv;
            at.stdErr = s.surv * s.stdErr;
            at.lower = s.lower;
            at.upper = s.upper;
            at.ciDefined = s.ciDefined;
            at.eventsCum = eventsCum[k];
            at.censoredCum = censoredCum[k];
        }
        out.push_back(at);
    }
    return out;
}

}  // namespace ts::stats
