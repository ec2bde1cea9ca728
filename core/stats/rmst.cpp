#include "core/stats/rmst.h"

#include <cmath>

#include "core/stats/normal.h"

namespace ts::stats {

RmstResult rmst(const KmFit& fit, double tau, double level) {
    RmstResult res;
    res.tau = tau;
    res.level = level;

    // Steps up to tau; the area is a sum of rectangles S(t_{j-1}) * (t_j - t_{j-1}).
    std::size_t m = 0;
    while (m < fit.steps.size() && fit.steps[m].time <= tau) ++m;
    double area = 0, prevTime = 0, prevSurv = 1;
    for (std::size_t j = 0; j < m; ++j) {
        area += prevSurv * (fit.steps[j].time - prevTime);
        prevTime = fit.steps[j].time;
        prevSurv = fit.steps[j].surv;
    }
    area += prevSurv * (tau - prevTime);
    res.estimate = area;

    // Backward sweep: tail = area from t_j to tau, accumulated as the curve is walked back.
    double tail = 0, var = 0, nextTime = tau;
    for (std::size_t j = m; j-- > 0;) {
        const KmStep& s = fit.steps[j];
        tail += s.surv * (nextTime - s.time);
        nextTime = s.time;
        if (s.nEvent > 0 && s.nRisk > s.nEvent) var += tail * tail * s.nEvent / (s.nRisk * (s.nRisk - s.nEvent));
    }
    res.stdErr = std::sqrt(var);
    const double z = zForLevel(level);
    res.lower = res.estimate - z * res.stdErr;
    res.upper = res.estimate + z * res.stdErr;
    return res;
}

}  // namespace ts::stats
