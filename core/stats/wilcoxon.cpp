#include "core/stats/wilcoxon.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "core/stats/normal.h"
#include "core/stats/ranks.h"
#include "core/stats/wilcoxon_dist.h"

namespace ts::stats {
namespace {

// Two-sided exact p from a discrete null symmetric about `centre`: the tail on the side of the
// statistic, doubled and capped at 1, as R (P(S >= s) = P(S > s - 1) above the centre).
template <class Cdf>
double exactTwoSided(double statistic, double centre, Cdf cdf) {
    const double p = statistic > centre ? cdf(statistic - 1, true) : cdf(statistic, false);
    return std::min(2 * p, 1.0);
}

// Two-sided normal-approximation p for a statistic with null mean `centre` and standard
// deviation sigma; the continuity correction moves the statistic 0.5 toward the centre.
std::optional<double> normalTwoSided(double statistic, double centre, double sigma, bool correct) {
    if (!(sigma > 0)) return std::nullopt;
    double z = statistic - centre;
    if (correct) z -= z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);  // R: sign(z) * 0.5
    return normalTwoSidedP(z / sigma);                     // R: 2 min(pnorm(z), 1 - pnorm(z))
}

// R's exact rule, bounded: exact when asked (or by default when every sample is below 50), with
// no ties (and no zeros), and every sample within kExactLimit; a refused request gets a note.
struct ExactChoice {
    bool exact = false;
    std::string note;
};

ExactChoice chooseExact(std::optional<bool> exact, double largest, bool ties) {
    if (!exact.value_or(largest < 50) || ties) return {};
    if (largest > kExactLimit) return {false, "sample too large for the exact distribution: normal approximation"};
    return {true, ""};
}

std::string methodName(std::string base, bool exact, bool correct) {
    if (exact) return base.replace(base.find("test"), 4, "exact test");
    return correct ? base + " with continuity correction" : base;
}

}  // namespace

WilcoxonResult signedRank(std::span<const double> x, double mu, std::optional<bool> exact, bool correct) {
    WilcoxonResult r;
    r.method = "Wilcoxon signed rank test";
    if (x.empty()) {
        r.note = "not enough (non-missing) 'x' observations";
        return r;
    }
    std::vector<double> d;     // non-zero differences from mu
    std::vector<double> size;  // their absolute values, to be ranked
    for (double v : x)
        if (v - mu != 0) {
            d.push_back(v - mu);
            size.push_back(std::fabs(v - mu));
        }
    const bool zeroes = d.size() < x.size();
    const double n = static_cast<double>(d.size());
    const Ranks ranks = midRanks(size);
    double v = 0;
    for (std::size_t i = 0; i < d.size(); ++i)
        if (d[i] > 0) v += ranks.rank[i];
    r.statistic = v;

    const double centre = n * (n + 1) / 4;
    const ExactChoice choice = chooseExact(exact, n, ranks.ties || zeroes);
    r.exact = choice.exact;
    r.note = choice.note;
    r.method = methodName(r.method, r.exact, correct);
    if (r.exact) {
        const int ni = static_cast<int>(d.size());
        r.p = exactTwoSided(v, centre, [ni](double q, bool up) { return signRankCdf(q, ni, up); });
        return r;
    }
    const double sigma = std::sqrt(n * (n + 1) * (2 * n + 1) / 24 - ranks.tieTerm / 48);
    r.p = normalTwoSided(v, centre, sigma, correct);
    if (!r.p) r.note = "all differences are zero: p-value not defined";
    return r;
}

WilcoxonResult pairedSignedRank(std::span<const double> x, std::span<const double> y, std::optional<bool> exact,
                                bool correct) {
    if (x.size() != y.size()) {
        WilcoxonResult r;
        r.method = "Wilcoxon signed rank test";
        r.note = "'x' and 'y' must have the same length";
        return r;
    }
    std::vector<double> diff(x.size());
    std::transform(x.begin(), x.end(), y.begin(), diff.begin(), std::minus<>());
    return signedRank(diff, 0, exact, correct);
}

WilcoxonResult rankSum(std::span<const double> x, std::span<const double> y, std::optional<bool> exact, bool correct) {
    WilcoxonResult r;
    r.method = "Wilcoxon rank sum test";
    if (x.empty() || y.empty()) {
        r.note = x.empty() ? "not enough (non-missing) 'x' observations" : "not enough 'y' observations";
        return r;
    }
    std::vector<double> all(x.begin(), x.end());
    all.insert(all.end(), y.begin(), y.end());
    const Ranks ranks = midRanks(all);
    const double nx = static_cast<double>(x.size());
    const double ny = static_cast<double>(y.size());
    double w = 0;
    for (std::size_t i = 0; i < x.size(); ++i) w += ranks.rank[i];
    w -= nx * (nx + 1) / 2;
    r.statistic = w;

    const double centre = nx * ny / 2;
    const ExactChoice choice = chooseExact(exact, std::max(nx, ny), ranks.ties);
    r.exact = choice.exact;
    r.note = choice.note;
    r.method = methodName(r.method, r.exact, correct);
    if (r.exact) {
        const int m = static_cast<int>(x.size());
        const int n = static_cast<int>(y.size());
        r.p = exactTwoSided(w, centre, [m, n](double q, bool up) { return rankSumCdf(q, m, n, up); });
        return r;
    }
    const double total = nx + ny;
    const double sigma = std::sqrt(nx * ny / 12 * ((total + 1) - ranks.tieTerm / (total * (total - 1))));
    r.p = normalTwoSided(w, centre, sigma, correct);
    if (!r.p) r.note = "all values are tied: p-value not defined";
    return r;
}

}  // namespace ts::stats
