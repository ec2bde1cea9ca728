#include "core/stats/ranks.h"

#include <algorithm>
#include <cstddef>
#include <numeric>

namespace ts::stats {

Ranks midRanks(std::span<const double> values) {
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });

    Ranks out;
    out.rank.resize(n);
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first + 1;  // one past the tie group
        while (last < n && values[order[last]] == values[order[first]]) ++last;
        // Positions first..last-1 (0-based) hold ranks first+1..last; their mean is exact in
        // binary because it is a multiple of 1/2.
        const double mid = (static_cast<double>(first + 1) + static_cast<double>(last)) / 2.0;
        for (std::size_t i = first; i < last; ++i) out.rank[order[i]] = mid;
        const double t = static_cast<double>(last - first);
        if (last - first > 1) {
            out.ties = true;
            out.tieTerm += t * t * t - t;
        }
        first = last;
    }
    return out;
}

}  // namespace ts::stats
