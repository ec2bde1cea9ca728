#include "core/stats/aalen_johansen.h"

#include <algorithm>

#include "core/stats/aalen_johansen_se.h"
#include "core/stats/time_order.h"

namespace ts::stats {

AalenJohansenFit aalenJohansen(std::span<const double> time, std::span<const int> cause, int causes) {
    AalenJohansenFit fit;
    fit.causes = std::max(causes, cause.empty() ? 0 : *std::max_element(cause.begin(), cause.end()));
    const auto m = static_cast<std::size_t>(fit.causes);
    const TimeOrder rows = orderByTime(time);

    std::vector<double> deaths(m), cum(m, 0.0);
    double atRisk = static_cast<double>(rows.size());
    double surv = 1;
    for (std::size_t i = 0; i < rows.size();) {
        const double t = rows[i].time;
        std::fill(deaths.begin(), deaths.end(), 0.0);
        double d = 0, c = 0;
        for (; i < rows.size() && rows[i].time == t; ++i) {
            const int k = cause[rows[i].row];
            if (k > 0) {
                deaths[static_cast<std::size_t>(k - 1)] += 1;
                d += 1;
            } else {
                c += 1;
            }
        }
        fit.time.push_back(t);
        fit.nRisk.push_back(atRisk);
        fit.nCensor.push_back(c);
        // Each cause takes its share of the mass S(t-) that is still event-free.
        for (std::size_t k = 0; k < m; ++k) {
            cum[k] += surv * deaths[k] / atRisk;
            fit.nEvent.push_back(deaths[k]);
            fit.incidence.push_back(cum[k]);
        }
        surv *= 1 - d / atRisk;
        fit.eventFree.push_back(surv);
        atRisk -= d + c;
    }
    fit.stdErr = aalenJohansenStdErr(fit);
    return fit;
}

}  // namespace ts::stats
