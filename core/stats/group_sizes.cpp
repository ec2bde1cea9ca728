#include "core/stats/group_sizes.h"

#include <algorithm>
#include <cstddef>

namespace ts::stats {

GroupSizes groupSizes(std::span<const int> group) {
    GroupSizes g;
    const int k = group.empty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
    g.count.assign(static_cast<std::size_t>(k), 0.0);
    for (int code : group) g.count[static_cast<std::size_t>(code)] += 1;
    for (int code = 0; code < k; ++code) {
        if (g.count[static_cast<std::size_t>(code)] > 0) {
            ++g.nonEmpty;
            continue;
        }
        g.emptyNote += (g.emptyNote.empty() ? "empty groups ignored: " : ", ") + std::to_string(code);
    }
    return g;
}

}  // namespace ts::stats
