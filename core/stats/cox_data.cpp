#include "core/stats/cox_data.h"

#include <algorithm>
#include <cmath>

#include "core/stats/time_order.h"

namespace ts::stats {
namespace {

// Rows in stratum order, each stratum in time order: a stable counting sort of the time order by
// stratum. level = stratum index per sorted row (the rank of its stratum code among the codes).
struct StratumOrder {
    TimeOrder rows;
    std::vector<int> level;
};

// The rank of each row's stratum code among the distinct codes. Codes are small (ADSL level
// numbers): one table over their range replaces a sort of a copy of the codes and two binary
// searches per row (a tenth of a stratified `km` at 10^6 rows). A wide range is sorted instead.
std::vector<int> stratumLevels(std::span<const int> strata) {
    const auto [lo, hi] = std::minmax_element(strata.begin(), strata.end());
    const auto range = static_cast<std::size_t>(static_cast<std::int64_t>(*hi) - *lo) + 1;
    std::vector<int> level(strata.size());
    if (range <= strata.size()) {
        std::vector<int> rank(range, 0);
        for (int s : strata) rank[static_cast<std::size_t>(s - *lo)] = 1;
        for (std::size_t k = 0, next = 0; k < range; ++k) rank[k] = rank[k] ? static_cast<int>(next++) : -1;
        for (std::size_t i = 0; i < strata.size(); ++i) level[i] = rank[static_cast<std::size_t>(strata[i] - *lo)];
        return level;
    }
    std::vector<int> codes(strata.begin(), strata.end());
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (std::size_t i = 0; i < strata.size(); ++i)
        level[i] = static_cast<int>(std::lower_bound(codes.begin(), codes.end(), strata[i]) - codes.begin());
    return level;
}

StratumOrder byStratum(const TimeOrder& timed, std::span<const int> strata) {
    const std::vector<int> levelOfRow = stratumLevels(strata);
    const int levels = *std::max_element(levelOfRow.begin(), levelOfRow.end()) + 1;
    const auto levelOf = [&](std::uint32_t row) { return levelOfRow[row]; };
    std::vector<std::size_t> start(static_cast<std::size_t>(levels) + 1, 0);
    for (const TimedRow t : timed) ++start[static_cast<std::size_t>(levelOf(t.row)) + 1];
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    std::vector<TimedRow> rows(timed.size());
    std::vector<int> level(timed.size());
    for (const TimedRow t : timed) {
        const auto at = start[static_cast<std::size_t>(levelOf(t.row))]++;
        level[at] = levelOf(t.row);
        rows[at] = t;
    }
    return {TimeOrder(std::move(rows)), std::move(level)};
}

// The distinct (status, covariate row) patterns of a coded design, numbered 0, 1, ... in order of
// first appearance: an open-addressing hash table (linear probing, at most half full).
class Patterns {
public:
    explicit Patterns(std::size_t cols) : m_cols(cols), m_slot(64, 0) {}

    std::uint32_t idOf(std::uint8_t status, const double* xr) {
        // Coded values are -1, 0, 1: the row read as a base-3 number (wrapping), then the status bit.
        std::uint64_t h = 0;
        for (std::size_t j = 0; j < m_cols; ++j) h = h * 3 + static_cast<std::uint64_t>(xr[j] + 1);
        h = (h * 2 + status) * 0x9E3779B97F4A7C15ull;  // Fibonacci hashing: the high bits pick the slot
        for (std::size_t s = h >> m_shift;; s = (s + 1) & (m_slot.size() - 1)) {
            if (m_slot[s] == 0) return add(s, status, xr);
            const std::uint32_t id = m_slot[s] - 1;
            if (m_status[id] == status && std::equal(xr, xr + m_cols, row(id))) return id;
        }
    }
    std::size_t size() const { return m_status.size(); }
    const double* row(std::uint32_t id) const { return m_x.data() + id * m_cols; }
    std::uint8_t status(std::uint32_t id) const { return m_status[id]; }

private:
    std::uint32_t add(std::size_t slot, std::uint8_t status, const double* xr) {
        const auto id = static_cast<std::uint32_t>(m_status.size());
        m_slot[slot] = id + 1;
        m_x.insert(m_x.end(), xr, xr + m_cols);
        m_status.push_back(status);
        if (2 * m_status.size() > m_slot.size()) grow();
        return id;
    }
    // Doubles the table and re-enters the patterns in id order, which keeps their ids.
    void grow() {
        const std::vector<double> x = std::move(m_x);
        const std::vector<std::uint8_t> status = std::move(m_status);
        m_x.clear();
        m_status.clear();
        m_slot.assign(2 * m_slot.size(), 0);
        --m_shift;
        for (std::size_t id = 0; id < status.size(); ++id) idOf(status[id], x.data() + id * m_cols);
    }

    std::size_t m_cols;
    std::vector<std::uint32_t> m_slot;  // pattern id + 1; 0 = empty
    int m_shift = 58;                   // 64 - log2(table size)
    std::vector<double> m_x;            // patterns x cols, row-major
    std::vector<std::uint8_t> m_status;
};

constexpr std::size_t kPrefetch = 16;  // rows ahead

}  // namespace

CoxData prepareCox(std::span<const double> time, std::span<const int> event, std::span<const double> x, int p,
                   std::span<const int> strata) {
    const std::size_t n = time.size();
    const std::size_t cols = static_cast<std::size_t>(p);
    CoxData d;
    d.p = p;
    // Merged (aeqSurv) times decide the ties; the rows are then regrouped by stratum.
    const StratumOrder sorted =
        strata.empty() ? StratumOrder{orderByTime(time), {}} : byStratum(orderByTime(time), strata);
    const auto levelAt = [&](std::size_t i) { return sorted.level.empty() ? 0 : sorted.level[i]; };

    std::vector<bool> zeroOne(cols, true);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const double v = x[i * cols + j];
            if (v != 0 && v != 1 && v != -1) zeroOne[j] = false;
        }
    const bool coded = std::find(zeroOne.begin(), zeroOne.end(), false) == zeroOne.end();

    // The time-ordered pass below visits the rows at random in memory, and its cache misses dominate
    // this routine. A coded design has few distinct (status, covariates) patterns: one sequential pass
    // numbers them, and the ordered pass then reads a 4-byte pattern number per row, not the row of x
    // and its status. Any other design is read directly, its pattern number being its row.
    Patterns patterns(cols);
    std::vector<std::uint32_t> patternOf;
    if (coded) {
        patternOf.resize(n);
        for (std::size_t i = 0; i < n; ++i) patternOf[i] = patterns.idOf(event[i] != 0, x.data() + i * cols);
    }
    const auto patternAt = [&](std::uint32_t row) { return coded ? patternOf[row] : row; };
    const auto rowOf = [&](std::uint32_t pattern) { return coded ? patterns.row(pattern) : x.data() + pattern * cols; };
    const auto statusOf = [&](std::uint32_t pattern) -> std::uint8_t {
        return coded ? patterns.status(pattern) : event[pattern] != 0;
    };
    // Merging (coded designs): the tie group (by its first stored row) in which each pattern was last
    // stored, and where.
    std::vector<std::size_t> seenIn(coded ? patterns.size() : 0, n), storedAt(seenIn.size());

    d.x.reserve(n * cols);
    d.event.reserve(n);
    d.mark.reserve(n);
    d.count.reserve(n);
    std::size_t groupStart = 0;  // first stored row of the current tie group
    for (std::size_t i = 0; i < n; ++i) {
        // Prefetching a few rows ahead overlaps the cache misses of the random reads.
        if (i + kPrefetch < n) {
            const std::uint32_t ahead = sorted.rows[i + kPrefetch].row;
            if (coded) {
                __builtin_prefetch(patternOf.data() + ahead);
            } else {
                __builtin_prefetch(x.data() + ahead * cols);
                __builtin_prefetch(event.data() + ahead);
            }
        }
        const std::uint32_t pattern = patternAt(sorted.rows[i].row);
        const double* xr = rowOf(pattern);
        const std::uint8_t e = statusOf(pattern);
        d.events += e;
        const bool newStratum = i == 0 || levelAt(i) != levelAt(i - 1);
        const bool newGroup = newStratum || sorted.rows[i].time != sorted.rows[i - 1].time;
        if (newStratum && i > 0) d.mark.back() |= CoxData::StratumLast;
        if (newGroup) groupStart = d.event.size();
        if (coded) {
            // A pattern already stored in this tie group only adds to its count.
            if (seenIn[pattern] == groupStart) {
                ++d.count[storedAt[pattern]];
                continue;
            }
            seenIn[pattern] = groupStart;
            storedAt[pattern] = d.event.size();
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
