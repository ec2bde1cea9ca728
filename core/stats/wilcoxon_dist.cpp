#include "core/stats/wilcoxon_dist.h"

#include <cmath>
#include <cstddef>
#include <utility>
#include <vector>

namespace ts::stats {
namespace {

// Tail probability from a vector of counts indexed by the statistic's value: P(S <= q) or
// P(S > q). q is rounded down with R's 1e-7 fuzz, so 3.9999999999 counts as 4.
double tail(const std::vector<double>& count, double q, bool upper) {
    double total = 0;
    for (double c : count) total += c;
    const double cut = std::floor(q + 1e-7);
    double sum = 0;
    for (std::size_t s = 0; s < count.size(); ++s) {
        const bool below = static_cast<double>(s) <= cut;
        if (below != upper) sum += count[s];
    }
    return sum / total;
}

}  // namespace

double signRankCdf(double q, int n, bool upper) {
    // count[s] = number of subsets of {1..n} with sum s; adding element k shifts a copy by k.
    const std::size_t top = static_cast<std::size_t>(n) * static_cast<std::size_t>(n + 1) / 2;
    std::vector<double> count(top + 1, 0.0);
    count[0] = 1;
    for (std::size_t k = 1; k <= static_cast<std::size_t>(n); ++k)
        for (std::size_t s = k * (k + 1) / 2; s >= k; --s) count[s] += count[s - k];
    return tail(count, q, upper);
}

double rankSumCdf(double q, int m, int n, bool upper) {
    // f(i, j, u) = number of arrangements of i first-sample and j second-sample values with
    // Mann-Whitney count u; f(i, j, u) = f(i - 1, j, u - j) + f(i, j - 1, u): the largest value
    // is either from the first sample (beating all j others) or from the second. Rows i = 0..m
    // are kept for the current j and updated in place as j grows. The count distribution is the
    // same with the samples swapped, so the smaller one indexes the rows.
    if (m > n) std::swap(m, n);
    const std::size_t cols = static_cast<std::size_t>(m) * static_cast<std::size_t>(n) + 1;
    std::vector<std::vector<double>> f(static_cast<std::size_t>(m) + 1, std::vector<double>(cols, 0.0));
    for (auto& row : f) row[0] = 1;  // j = 0: only u = 0
    for (std::size_t j = 1; j <= static_cast<std::size_t>(n); ++j)
        for (std::size_t i = 1; i <= static_cast<std::size_t>(m); ++i)
            for (std::size_t u = i * j; u >= j; --u) f[i][u] += f[i - 1][u - j];
    return tail(f[static_cast<std::size_t>(m)], q, upper);
}

}  // namespace ts::stats
