#include "core/stats/meta_analysis.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/stats/chisq_tail.h"
#include "core/stats/normal.h"
#include "core/stats/stats_note.h"

namespace ts::stats {
namespace {

// Pooled estimate with weights w_i = 1 / (se_i^2 + tau2) over the used studies.
MetaPooled pool(std::span<const MetaStudy> studies, const std::vector<bool>& used, double tau2, double level) {
    std::vector<double> w(studies.size(), 0.0);
    double sumW = 0, sumWy = 0;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        if (!used[i]) continue;
        w[i] = 1 / (studies[i].se * studies[i].se + tau2);
        sumW += w[i];
        sumWy += w[i] * studies[i].estimate;
    }
    MetaPooled out;
    out.estimate = sumWy / sumW;
    out.se = std::sqrt(1 / sumW);
    const double z = zForLevel(level);
    out.lower = out.estimate - z * out.se;
    out.upper = out.estimate + z * out.se;
    out.z = out.estimate / out.se;
    out.p = normalTwoSidedP(out.z);
    out.weights.resize(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) out.weights[i] = 100 * w[i] / sumW;
    return out;
}

// Cochran's Q about the fixed-effect estimate, and the DerSimonian–Laird moment estimate of tau^2.
MetaHeterogeneity heterogeneity(std::span<const MetaStudy> studies, const std::vector<bool>& used, double fixedEstimate,
                                int k) {
    double q = 0, sumW = 0, sumW2 = 0;
    for (std::size_t i = 0; i < studies.size(); ++i) {
        if (!used[i]) continue;
        const double w = 1 / (studies[i].se * studies[i].se);
        const double d = studies[i].estimate - fixedEstimate;
        q += w * d * d;
        sumW += w;
        sumW2 += w * w;
    }
    MetaHeterogeneity h;
    h.q = q;
    h.df = k - 1;
    h.p = chisqUpperP(q, h.df);
    // Q = 0 (identical estimates) gives no excess variation: I^2 = 0 rather than 0/0.
    h.i2 = q > h.df ? 100 * (q - h.df) / q : 0.0;
    h.h = std::sqrt(q / h.df);
    h.tau2 = std::max(0.0, (q - h.df) / (sumW - sumW2 / sumW));
    return h;
}

}  // namespace

MetaResult metaAnalysis(std::span<const MetaStudy> studies, double level) {
    MetaResult r;
    r.level = level;
    r.used.resize(studies.size());
    for (std::size_t i = 0; i < studies.size(); ++i) {
        const MetaStudy& s = studies[i];
        r.used[i] = std::isfinite(s.estimate) && std::isfinite(s.se) && s.se > 0;
        if (!r.used[i]) appendNote(r.note, "study " + s.name + " left out: no finite estimate with positive se");
        r.k += r.used[i];
    }
    if (r.k == 0) {
        appendNote(r.note, "no study to pool");
        return r;
    }
    r.fixed = pool(studies, r.used, 0.0, level);
    if (r.k == 1) {
        appendNote(r.note, "one study: heterogeneity not estimable");
        r.random = r.fixed;
        return r;
    }
    r.heterogeneity = heterogeneity(studies, r.used, r.fixed->estimate, r.k);
    r.random = pool(studies, r.used, r.heterogeneity->tau2, level);
    return r;
}

std::optional<MetaStudy> metaStudyFromCi(std::string name, double ratio, double lower, double upper, double level) {
    const auto positive = [](double v) { return std::isfinite(v) && v > 0; };
    if (!positive(ratio) || !positive(lower) || !positive(upper) || !(lower < upper)) return std::nullopt;
    // A symmetric normal interval on the log scale has half-width z * se.
    return MetaStudy{std::move(name), std::log(ratio), (std::log(upper) - std::log(lower)) / (2 * zForLevel(level))};
}

}  // namespace ts::stats
