#include "core/stats/kruskal_wallis.h"

#include <cstddef>
#include <vector>

#include "core/stats/chisq_tail.h"
#include "core/stats/group_sizes.h"
#include "core/stats/ranks.h"
#include "core/stats/stats_note.h"

namespace ts::stats {

KruskalWallisResult kruskalWallis(std::span<const double> values, std::span<const int> group) {
    KruskalWallisResult r;
    const GroupSizes sizes = groupSizes(group);
    r.note = sizes.emptyNote;
    auto fail = [&r](std::string_view why) {
        appendNote(r.note, why);
        return r;
    };
    if (sizes.nonEmpty < 2) return fail("fewer than two non-empty groups");

    const Ranks ranks = midRanks(values);
    const double n = static_cast<double>(values.size());
    const double tieFactor = 1 - ranks.tieTerm / (n * n * n - n);
    if (!(tieFactor > 0)) return fail("all values are tied");

    std::vector<double> rankSum(sizes.count.size(), 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) rankSum[static_cast<std::size_t>(group[i])] += ranks.rank[i];
    double between = 0;
    for (std::size_t g = 0; g < rankSum.size(); ++g)
        if (sizes.count[g] > 0) between += rankSum[g] * rankSum[g] / sizes.count[g];

    const double h = (12 * between / (n * (n + 1)) - 3 * (n + 1)) / tieFactor;
    r.statistic = h;
    r.df = sizes.nonEmpty - 1;
    r.p = chisqUpperP(h, *r.df);  // 1 when H rounds to <= 0 (identical groups)
    return r;
}

}  // namespace ts::stats
