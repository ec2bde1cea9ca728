#include "core/stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace ts::stats {

std::vector<std::optional<double>> quantiles(std::span<const double> values, std::span<const double> probs) {
    std::vector<std::optional<double>> out(probs.size());
    const std::size_t n = values.size();
    if (n == 0) return out;

    // The order statistics needed: floor(h) and floor(h) + 1 for every prob.
    std::vector<std::size_t> lo(probs.size());
    std::vector<std::size_t> wanted;
    for (std::size_t i = 0; i < probs.size(); ++i) {
        const double h = static_cast<double>(n - 1) * probs[i];
        lo[i] = std::min(static_cast<std::size_t>(std::floor(h)), n - 1);
        wanted.push_back(lo[i]);
        if (lo[i] + 1 < n) wanted.push_back(lo[i] + 1);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    // Successive selections on the shrinking right part: after placing order statistic k,
    // everything to its right is >= it, so the next selection can start at k + 1.
    std::vector<double> x(values.begin(), values.end());
    auto begin = x.begin();
    for (std::size_t k : wanted) {
        const auto kth = x.begin() + static_cast<std::ptrdiff_t>(k);
        std::nth_element(begin, kth, x.end());
        begin = kth + 1;
    }

    for (std::size_t i = 0; i < probs.size(); ++i) {
        const double h = static_cast<double>(n - 1) * probs[i];
        const double g = h - static_cast<double>(lo[i]);
        const double below = x[lo[i]];
        // As R: interpolate only when there is a fraction and the neighbours differ, so a
        // quantile inside a run of equal values is that value exactly.
        if (g > 0 && lo[i] + 1 < n && x[lo[i] + 1] != below) out[i] = (1 - g) * below + g * x[lo[i] + 1];
        else out[i] = below;
    }
    return out;
}

}  // namespace ts::stats
