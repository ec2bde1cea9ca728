#include "core/stats/pairwise_log_rank.h"

#include <algorithm>
#include <numeric>

#include "core/stats/log_rank.h"

namespace ts::stats {

std::vector<PairwiseResult> pairwiseLogRank(std::span<const double> time, std::span<const int> event,
                                            std::span<const int> group, std::span<const int> strata, double rho) {
    const int k = group.empty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
    std::vector<PairwiseResult> out;
    std::vector<double> t;
    std::vector<int> e, g, s;
    for (int a = 0; a < k; ++a)
        for (int b = a + 1; b < k; ++b) {
            t.clear();
            e.clear();
            g.clear();
            s.clear();
            for (std::size_t i = 0; i < group.size(); ++i) {
                if (group[i] != a && group[i] != b) continue;
                t.push_back(time[i]);
                e.push_back(event[i]);
                g.push_back(group[i] == a ? 0 : 1);
                if (!strata.empty()) s.push_back(strata[i]);
            }
            const LogRankResult lr = logRank(t, e, g, s, rho);
            out.push_back({a, b, lr.chisq, lr.p, lr.p});
        }
    std::vector<double> p(out.size());
    std::transform(out.begin(), out.end(), p.begin(), [](const PairwiseResult& r) { return r.p; });
    const std::vector<double> adjusted = holmAdjust(p);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].pAdjusted = adjusted[i];
    return out;
}

std::vector<double> holmAdjust(std::span<const double> p) {
    // p.adjust("holm"): sort ascending, multiply the i-th smallest (0-based) by m - i, take the
    // running maximum so the adjusted values keep the order of the raw ones, cap at 1.
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    std::vector<double> out(m);
    double running = 0;
    for (std::size_t i = 0; i < m; ++i) {
        running = std::max(running, static_cast<double>(m - i) * p[order[i]]);
        out[order[i]] = std::min(1.0, running);
    }
    return out;
}

}  // namespace ts::stats
