#include "core/stats/kaplan_meier.h"

#include <cmath>
#include <limits>

#include "core/stats/normal.h"
#include "core/stats/survival_band.h"
#include "core/stats/time_order.h"

namespace ts::stats {

namespace {

bool hasFractionalWeight(std::span<const double> weight) {
    for (double w : weight)
        if (w != std::floor(w)) return true;
    return false;
}

}  // namespace

KmFit kaplanMeier(std::span<const double> time, std::span<const int> event, std::span<const double> weight,
                  ConfType conf, double level) {
    KmFit fit;
    fit.conf = conf;
    fit.level = level;
    fit.robust = hasFractionalWeight(weight);
    const auto w = [&](std::uint32_t row) { return weight.empty() ? 1.0 : weight[row]; };

    const TimeOrder rows = orderByTime(time);
    double atRisk = 0;
    double atRiskSq = 0;  // sum of w^2 over the risk set (robust variance only)
    for (const auto& r : rows) {
        atRisk += w(r.row);
        atRiskSq += w(r.row) * w(r.row);
    }
    fit.n = atRisk;

    const double z = conf == ConfType::None ? 0.0 : zForLevel(level);
    double surv = 1;
    double greenwood = 0;   // sum d / (Y (Y - d)): Var(log S) for Greenwood, A(t) for the jackknife
    double settled = 0;     // jackknife: sum over rows with time <= t of w^2 * influence^2 / S^2
    bool infinite = false;  // once Y == d the variance stays infinite

    for (std::size_t i = 0; i < rows.size();) {
        const double t = rows[i].time;
        double d = 0, c = 0, dSq = 0, cSq = 0;
        for (; i < rows.size() && rows[i].time == t; ++i) {
            const double wi = w(rows[i].row);
            if (event[rows[i].row] != 0) {
                d += wi;
                dSq += wi * wi;
            } else {
                c += wi;
                cSq += wi * wi;
            }
        }
        KmStep step;
        step.time = t;
        step.nRisk = atRisk;
        step.nEvent = d;
        step.nCensor = c;
        if (d > 0) {
            surv *= 1 - d / atRisk;
            if (atRisk > d) greenwood += d / (atRisk * (atRisk - d));
            else infinite = true;
        }
        double varLog = greenwood;
        if (fit.robust && !infinite) {
            // Influence of a row on log S(t), divided by w: e_i / (Y(T_i) - d(T_i)) - A(min(t, T_i)).
            // Rows leaving at this time are settled; rows still at risk after t contribute A(t)^2 each.
            const double jump = d > 0 ? 1 / (atRisk - d) : 0.0;
            settled += dSq * (jump - greenwood) * (jump - greenwood) + cSq * greenwood * greenwood;
            atRiskSq -= dSq + cSq;
            varLog = settled + greenwood * greenwood * atRiskSq;
        }
        // Once S = 0 Greenwood's variance is infinite; the jackknife variance of S is 0 there and
        // survfit then takes 0 as the se of log S too.
        double seLog = std::sqrt(varLog);
        if (infinite) seLog = fit.robust ? 0.0 : std::numeric_limits<double>::infinity();
        const Band band = survivalBand(conf, surv, seLog, z);
        step.surv = surv;
        step.stdErr = std::isfinite(seLog) ? seLog : 0.0;
        step.ciDefined = std::isfinite(seLog) && band.defined;
        step.lower = band.lower;
        step.upper = band.upper;
        fit.events += d;
        atRisk -= d + c;
        fit.steps.push_back(step);
    }
    return fit;
}

}  // namespace ts::stats
