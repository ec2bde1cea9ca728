#include "core/stats/pairwise_log_rank.h"

#include <algorithm>

#include "core/stats/log_rank.h"

namespace ts::stats {

std::vector<PairwiseResult> pairwiseLogRank(std::span<const double> time, std::span<const int> event,
                                            std::span<const int> group, std::span<const int> strata, double rho,
                                            double gamma, PAdjust method) {
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
            const LogRankResult lr = logRank(t, e, g, s, rho, gamma);
            out.push_back({a, b, lr.chisq, lr.p, lr.p});
        }
    std::vector<double> p(out.size());
    std::transform(out.begin(), out.end(), p.begin(), [](const PairwiseResult& r) { return r.p; });
    const std::vector<double> adjusted = pAdjust(p, method);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].pAdjusted = adjusted[i];
    return out;
}

}  // namespace ts::stats
