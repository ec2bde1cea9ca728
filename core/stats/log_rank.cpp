#include "core/stats/log_rank.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "core/stats/chisq_tail.h"
#include "core/stats/time_order.h"

namespace ts::stats {

namespace {

// Stable counting sort of time-ordered rows by stratum, so each stratum is one time-ordered block.
std::vector<TimedRow> groupByStratum(const TimeOrder& rows, std::span<const int> strata, int count) {
    std::vector<std::size_t> start(static_cast<std::size_t>(count) + 1, 0);
    for (const TimedRow r : rows) ++start[static_cast<std::size_t>(strata[r.row]) + 1];
    for (std::size_t s = 1; s < start.size(); ++s) start[s] += start[s - 1];
    std::vector<TimedRow> out(rows.size());
    for (const TimedRow r : rows) out[start[static_cast<std::size_t>(strata[r.row])]++] = r;
    return out;
}

// chisq = (O - E)' V^- (O - E) over the groups with E > 0, dropping the first of them (survdiff).
void finishTest(LogRankResult& res, std::size_t k) {
    std::vector<std::size_t> used;
    for (std::size_t g = 0; g < k; ++g)
        if (res.expected[g] > 0) used.push_back(g);
    res.df = std::max(0, static_cast<int>(used.size()) - 1);
    if (used.size() < 2) return;
    const auto m = static_cast<Eigen::Index>(used.size() - 1);
    Eigen::MatrixXd v(m, m);
    Eigen::VectorXd u(m);
    for (Eigen::Index a = 0; a < m; ++a) {
        const std::size_t ga = used[static_cast<std::size_t>(a) + 1];
        u(a) = res.observed[ga] - res.expected[ga];
        for (Eigen::Index b = 0; b < m; ++b) v(a, b) = res.variance[ga * k + used[static_cast<std::size_t>(b) + 1]];
    }
    res.chisq = u.dot(v.partialPivLu().solve(u));
    res.p = chisqUpperP(res.chisq, res.df);
}

}  // namespace

LogRankResult logRank(std::span<const double> time, std::span<const int> event, std::span<const int> group,
                      std::span<const int> strata, double rho, double gamma) {
    const int kGroups = group.empty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
    const auto k = static_cast<std::size_t>(kGroups);
    LogRankResult res;
    res.observed.assign(k, 0.0);
    res.expected.assign(k, 0.0);
    res.variance.assign(k * k, 0.0);

    TimeOrder rows = orderByTime(time);
    if (!strata.empty())
        rows = TimeOrder(groupByStratum(rows, strata, *std::max_element(strata.begin(), strata.end()) + 1));
    const auto stratumOf = [&](const TimedRow& r) { return strata.empty() ? 0 : strata[r.row]; };

    std::vector<double> atRisk(k), deaths(k), leaving(k);
    for (std::size_t b = 0; b < rows.size();) {
        // One stratum: rows [b, e).
        std::size_t e = b;
        while (e < rows.size() && stratumOf(rows[e]) == stratumOf(rows[b])) ++e;
        std::fill(atRisk.begin(), atRisk.end(), 0.0);
        for (std::size_t i = b; i < e; ++i) atRisk[static_cast<std::size_t>(group[rows[i].row])] += 1;
        double n = static_cast<double>(e - b);
        double surv = 1;  // pooled KM within the stratum, left-continuous: S(t-)

        for (std::size_t i = b; i < e;) {
            const double t = rows[i].time;
            std::fill(deaths.begin(), deaths.end(), 0.0);
            std::fill(leaving.begin(), leaving.end(), 0.0);
            double d = 0, out = 0;
            for (; i < e && rows[i].time == t; ++i) {
                const auto g = static_cast<std::size_t>(group[rows[i].row]);
                leaving[g] += 1;
                out += 1;
                if (event[rows[i].row] != 0) {
                    deaths[g] += 1;
                    d += 1;
                }
            }
            if (d > 0) {
                const double wt = std::pow(surv, rho) * std::pow(1 - surv, gamma);
                // Hypergeometric variance of the weighted death split; zero when a single subject is at risk.
                const double kt = n > 1 ? wt * wt * d * (n - d) / (n * (n - 1)) : 0.0;
                for (std::size_t g = 0; g < k; ++g) {
                    res.observed[g] += wt * deaths[g];
                    res.expected[g] += wt * d * atRisk[g] / n;
                    if (kt == 0 || atRisk[g] == 0) continue;
                    for (std::size_t h = 0; h < k; ++h)
                        res.variance[g * k + h] += kt * atRisk[g] * ((g == h ? 1.0 : 0.0) - atRisk[h] / n);
                }
                surv *= (n - d) / n;
            }
            for (std::size_t g = 0; g < k; ++g) atRisk[g] -= leaving[g];
            n -= out;
        }
        b = e;
    }
    finishTest(res, k);
    return res;
}

}  // namespace ts::stats
