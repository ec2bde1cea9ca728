// groupDesign (declared in cox_ph.h): treatment coding of a group factor.
#include <stdexcept>

#include "core/stats/cox_ph.h"

namespace ts::stats {

CoxDesign groupDesign(std::span<const int> group, std::span<const std::string> labels, int reference) {
    const int k = static_cast<int>(labels.size());
    if (reference < 0 || reference >= k) throw std::invalid_argument("groupDesign: reference out of range");
    CoxDesign d;
    std::vector<int> column(k, -1);  // design column of each group; -1 for the reference
    for (int g = 0; g < k; ++g) {
        if (g == reference) continue;
        column[g] = d.cols();
        d.names.push_back(labels[g]);
    }
    const int p = d.cols();
    d.x.assign(group.size() * p, 0.0);
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i] < 0 || group[i] >= k) throw std::invalid_argument("groupDesign: group out of range");
        if (column[group[i]] >= 0) d.x[i * p + column[group[i]]] = 1.0;
    }
    return d;
}

}  // namespace ts::stats
