#include "core/stats/cox_data.h"

#include "core/stats/time_order.h"

#include <algorithm>
#include <cmath>

namespace ts::stats {
namespace {

// Rows in stratum order, each stratum in time order: a stable counting sort of the time order by
// stratum (levels found by sorting a copy of the strata). level = stratum index per sorted row.
struct StratumOrder {
    std::vector<TimedRow> rows;
    std::vector<int> level;
};

StratumOrder byStratum(const std::vector<TimedRow>& timed, std::span<const int> strata) {
    std::vector<int> levels(strata.begin(), strata.end());
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    const auto levelOf = [&](std::uint32_t row) {
        return static_cast<int>(std::lower_bound(levels.begin(), levels.end(), strata[row]) - levels.begin());
    };
    std::vector<std::size_t> start(levels.size() + 1, 0);
    for (const TimedRow& t : timed) ++start[levelOf(t.row) + 1];
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    StratumOrder out{std::vector<TimedRow>(timed.size()), std::vector<int>(timed.size())};
    for (const TimedRow& t : timed) {
        const int level = levelOf(t.row);
        out.level[start[level]] = level;
        out.rows[start[level]++] = t;
    }
    return out;
}

// How many stored rows of a tie group are searched for a duplicate: enough for every pattern of
// a treatment coding (arms x status) while keeping the search cheap.
constexpr std::size_t kMergeScan = 16;
constexpr std::size_t kPrefetch = 16;  // rows ahead

}  // namespace

CoxData prepareCox(std::span<const double> time, std::span<const int> event,
                   std::span<const double> x, int p, std::span<const int> strata) {
    const std::size_t n = time.size();
    const std::size_t cols = static_cast<std::size_t>(p);
    CoxData d;
    d.p = p;
    // Merged (aeqSurv) times decide the ties; the rows are then regrouped by stratum.
    const StratumOrder sorted = strata.empty() ? StratumOrder{orderByTime(time), {}}
                                               : byStratum(orderByTime(time), strata);
    const auto levelAt = [&](std::size_t i) { return sorted.level.empty() ? 0 : sorted.level[i]; };

    std::vector<bool> zeroOne(cols, true);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const double v = x[i * cols + j];
            if (v != 0 && v != 1 && v != -1) zeroOne[j] = false;
        }
    const bool coded = std::find(zeroOne.begin(), zeroOne.end(), false) == zeroOne.end();

    d.x.reserve(n * cols);
    d.event.reserve(n);
    d.mark.reserve(n);
    d.count.reserve(n);
    std::size_t groupStart = 0;  // first stored row of the current tie group
    for (std::size_t i = 0; i < n; ++i) {
        // The rows are visited in time order, i.e. at random in memory: prefetching a few rows
        // ahead overlaps the cache misses that otherwise dominate this loop.
        if (i + kPrefetch < n) {
            const std::uint32_t ahead = sorted.rows[i + kPrefetch].row;
            __builtin_prefetch(x.data() + ahead * cols);
            __builtin_prefetch(event.data() + ahead);
        }
        const std::uint32_t row = sorted.rows[i].row;
        const double* xr = x.data() + row * cols;
        const std::uint8_t e = event[row] != 0;
        d.events += e;
        const bool newStratum = i == 0 || levelAt(i) != levelAt(i - 1);
        const bool newGroup = newStratum || sorted.rows[i].time != sorted.rows[i - 1].time;
        if (newStratum && i > 0) d.mark.back() |= CoxData::StratumLast;
        if (newGroup) groupStart = d.event.size();
        if (coded && !newGroup) {
            // Look for an identical row (status and covariates) already stored in this group.
            const std::size_t first = std::max(groupStart, d.event.size() - std::min(d.event.size(), kMergeScan));
            std::size_t m = first;
            for (; m < d.event.size(); ++m)
                if (d.event[m] == e && std::equal(xr, xr + cols, d.x.begin() + m * cols)) break;
            if (m < d.event.size()) {
                ++d.count[m];
                continue;
            }
        }
        d.x.insert(d.x.end(), xr, xr + cols);
        d.event.push_back(e);
        d.mark.push_back(newGroup ? CoxData::TieFirst : 0);
        d.count.push_back(1);
    }
    if (!d.mark.empty()) d.mark.back() |= CoxData::StratumLast;
    d.n = static_cast<int>(d.event.size());

    d.scale.assign(cols, 1.0);
    for (std::size_t j = 0; j < cols; ++j) {
        if (zeroOne[j] || n == 0) continue;
        // Rows are never merged when a column is not coded, so every stored row has count 1.
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) sum += d.x[i * cols + j];
        const double mean = sum / static_cast<double>(n);
        double absDev = 0;
        for (std::size_t i = 0; i < n; ++i) absDev += std::abs(d.x[i * cols + j] - mean);
        // A constant column keeps scale 1; it is then all zero and the Cholesky step drops it.
        const double scale = absDev > 0 ? static_cast<double>(n) / absDev : 1.0;
        d.scale[j] = scale;
        for (std::size_t i = 0; i < n; ++i) {
            double& v = d.x[i * cols + j];
            v = (v - mean) * scale;
        }
    }
    d.eventX.assign(cols, 0.0);
    for (std::size_t i = 0; i < d.event.size(); ++i)
        if (d.event[i])
            for (std::size_t j = 0; j < cols; ++j) d.eventX[j] += d.count[i] * d.x[i * cols + j];
    return d;
}

}  // namespace ts::stats
