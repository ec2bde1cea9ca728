#include "core/stats/survival_band.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ts::stats {

Band survivalBand(ConfType conf, double surv, double seLog, double z) {
    if (conf == ConfType::None) return {surv, surv, true};
    // R: every transform but "plain" takes log(S), so S = 0 has no band; plain gives [0, 0] when
    // the variance is finite (jackknife variance at S = 0).
    if (!std::isfinite(seLog) || (surv <= 0 && conf != ConfType::Plain)) return {surv, surv, false};
    if (surv >= 1 && conf != ConfType::Plain && conf != ConfType::Log) return {1, 1, true};

    const double p = surv;
    switch (conf) {
    case ConfType::Plain: {
        const double half = z * seLog * p;  // delta method: se(S) = S * se(log S)
        return {std::max(p - half, 0.0), std::min(p + half, 1.0), true};
    }
    case ConfType::Log: {
        const double half = z * seLog;
        return {std::exp(std::log(p) - half), std::min(std::exp(std::log(p) + half), 1.0), true};
    }
    case ConfType::LogLog: {
        // log(-log S) has se = se(log S) / |log S|; survfit divides by log S (negative), which
        // swaps the sign so that `lower` stays below S.
        const double half = z * seLog / std::log(p);
        const double ll = std::log(-std::log(p));
        return {std::exp(-std::exp(ll - half)), std::exp(-std::exp(ll + half)), true};
    }
    case ConfType::Logit: {
        // se(logit S) = se(log S) / (1 - S); survfit writes 1 + S/(1-S).
        const double half = z * seLog * (1 + p / (1 - p));
        const double logit = std::log(p / (1 - p));
        return {1 - 1 / (1 + std::exp(logit - half)), 1 - 1 / (1 + std::exp(logit + half)), true};
    }
    case ConfType::Arcsin: {
        // se(asin sqrt S) = 0.5 * se(log S) * sqrt(S / (1 - S)); the angle is clamped to [0, pi/2].
        const double half = 0.5 * z * seLog * std::sqrt(p / (1 - p));
        const double a = std::asin(std::sqrt(p));
        const double lo = std::sin(std::max(0.0, a - half));
        const double hi = std::sin(std::min(std::numbers::pi / 2, a + half));
        return {lo * lo, hi * hi, true};
    }
    case ConfType::None: break;
    }
    return {surv, surv, true};
}

}  // namespace ts::stats
