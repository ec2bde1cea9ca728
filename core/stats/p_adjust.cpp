#include "core/stats/p_adjust.h"

#include <algorithm>
#include <numeric>

namespace ts::stats {

std::vector<double> pAdjust(std::span<const double> p, PAdjust method) {
    const std::size_t m = p.size();
    std::vector<double> out(p.begin(), p.end());
    if (method == PAdjust::None || m == 0) return out;
    if (method == PAdjust::Bonferroni) {
        for (double& x : out) x = std::min(1.0, x * static_cast<double>(m));
        return out;
    }
    // Ties keep their input order (stable sort), as R's order() does.
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    if (method == PAdjust::Holm) {
        double running = 0;
        for (std::size_t i = 0; i < m; ++i) {
            running = std::max(running, static_cast<double>(m - i) * p[order[i]]);
            out[order[i]] = std::min(1.0, running);
        }
        return out;
    }
    double running = 1;  // BH: from the largest p down, the running minimum of m / rank * p
    for (std::size_t i = m; i-- > 0;) {
        running = std::min(running, static_cast<double>(m) / static_cast<double>(i + 1) * p[order[i]]);
        out[order[i]] = running;
    }
    return out;
}

}  // namespace ts::stats
