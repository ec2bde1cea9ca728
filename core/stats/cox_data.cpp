#include "core/stats/cox_data.h"

#include <algorithm>
#include <cmath>

#include "core/stats/time_order.h"

namespace ts::stats {
namespace {

// Each row's stratum level: its code less the smallest code when the codes span at most n values
// (ADSL level numbers; a level without rows then has an empty piece), else the rank of its code
// among the distinct codes (a sort of a copy of the codes).
class StratumLevels {
public:
    explicit StratumLevels(std::span<const int> strata) : m_strata(strata) {
        if (strata.empty()) return;
        const auto [lo, hi] = std::minmax_element(strata.begin(), strata.end());
        const auto range = static_cast<std::size_t>(static_cast<std::int64_t>(*hi) - *lo) + 1;
        m_lo = *lo;
        m_count = range;
        if (range <= strata.size()) return;
        std::vector<int> codes(strata.begin(), strata.end());
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        m_rank.resize(strata.size());
        for (std::size_t i = 0; i < strata.size(); ++i)
            m_rank[i] =
                static_cast<std::uint32_t>(std::lower_bound(codes.begin(), codes.end(), strata[i]) - codes.begin());
        m_count = codes.size();
    }
    std::size_t count() const { return m_count; }
    std::uint32_t operator()(std::uint32_t row) const {
        if (m_strata.empty()) return 0;
        return m_rank.empty() ? static_cast<std::uint32_t>(m_strata[row] - m_lo) : m_rank[row];
    }
    const void* addressOf(std::uint32_t row) const {
        return m_rank.empty() ? static_cast<const void*>(m_strata.data() + row) : m_rank.data() + row;
    }

private:
    std::span<const int> m_strata;
    std::vector<std::uint32_t> m_rank;  // with a wide range of codes
    int m_lo = 0;
    std::size_t m_count = 1;
};

// The distinct (stratum, status, covariate row) patterns of a coded design, numbered 0, 1, ... in
// order of first appearance: an open-addressing hash table (linear probing, at most half full).
class Patterns {
public:
    explicit Patterns(std::size_t cols) : m_cols(cols), m_slot(64, 0) {}

    std::uint32_t idOf(std::uint32_t stratum, std::uint8_t status, const double* xr) {
        // Coded values are -1, 0, 1: the stratum, then the row read as base-3 digits (wrapping), then
        // the status bit.
        std::uint64_t h = stratum;
        for (std::size_t j = 0; j < m_cols; ++j) h = h * 3 + static_cast<std::uint64_t>(xr[j] + 1);
        h = (h * 2 + status) * 0x9E3779B97F4A7C15ull;  // Fibonacci hashing: the high bits pick the slot
        for (std::size_t s = h >> m_shift;; s = (s + 1) & (m_slot.size() - 1)) {
            if (m_slot[s] == 0) return add(s, stratum, status, xr);
            const std::uint32_t id = m_slot[s] - 1;
            if (m_stratum[id] == stratum && m_status[id] == status && std::equal(xr, xr + m_cols, row(id))) return id;
        }
    }
    std::size_t size() const { return m_status.size(); }
    const double* row(std::uint32_t id) const { return m_x.data() + id * m_cols; }
    std::uint8_t status(std::uint32_t id) const { return m_status[id]; }
    std::uint32_t stratum(std::uint32_t id) const { return m_stratum[id]; }

private:
    std::uint32_t add(std::size_t slot, std::uint32_t stratum, std::uint8_t status, const double* xr) {
        const auto id = static_cast<std::uint32_t>(m_status.size());
        m_slot[slot] = id + 1;
        m_x.insert(m_x.end(), xr, xr + m_cols);
        m_status.push_back(status);
        m_stratum.push_back(stratum);
        if (2 * m_status.size() > m_slot.size()) grow();
        return id;
    }
    // Doubles the table and re-enters the patterns in id order, which keeps their ids.
    void grow() {
        const std::vector<double> x = std::move(m_x);
        const std::vector<std::uint8_t> status = std::move(m_status);
        const std::vector<std::uint32_t> stratum = std::move(m_stratum);
        m_x.clear();
        m_status.clear();
        m_stratum.clear();
        m_slot.assign(2 * m_slot.size(), 0);
        --m_shift;
        for (std::size_t id = 0; id < status.size(); ++id) idOf(stratum[id], status[id], x.data() + id * m_cols);
    }

    std::size_t m_cols;
    std::vector<std::uint32_t> m_slot;  // pattern id + 1; 0 = empty
    int m_shift = 58;                   // 64 - log2(table size)
    std::vector<double> m_x;            // patterns x cols, row-major
    std::vector<std::uint8_t> m_status;
    std::vector<std::uint32_t> m_stratum;
};

// One stratum's stored rows while the time-ordered pass runs.
struct Piece {
    std::vector<double> x;
    std::vector<std::uint8_t> event;
    std::vector<int> count;
    std::vector<std::uint8_t> mark;
    std::size_t groupStart = 0;  // first stored row of the current tie group
    double lastTime = 0;         // merged time of the stratum's last row seen
    bool seen = false;
};

// Appends a stratum's stored rows to the output, marking its last row.
void append(CoxData& d, const Piece& piece) {
    if (piece.event.empty()) return;
    d.x.insert(d.x.end(), piece.x.begin(), piece.x.end());
    d.event.insert(d.event.end(), piece.event.begin(), piece.event.end());
    d.count.insert(d.count.end(), piece.count.begin(), piece.count.end());
    d.mark.insert(d.mark.end(), piece.mark.begin(), piece.mark.end());
    d.mark.back() |= CoxData::StratumLast;
}

constexpr std::size_t kPrefetch = 16;  // rows ahead

}  // namespace

CoxData prepareCox(std::span<const double> time, std::span<const int> event, std::span<const double> x, int p,
                   std::span<const int> strata) {
    const std::size_t n = time.size();
    const std::size_t cols = static_cast<std::size_t>(p);
    CoxData d;
    d.p = p;
    // Merged (aeqSurv) times decide the ties. One pass in time order stores each row in its
    // stratum's piece; the pieces are then joined in stratum order (regrouping the rows by stratum
    // first cost a second time-order list and a pass of random writes).
    const TimeOrder order = orderByTime(time);
    const StratumLevels levelOf(strata);
    const std::size_t levels = levelOf.count();
    std::vector<bool> zeroOne(cols, true);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const double v = x[i * cols + j];
            if (v != 0 && v != 1 && v != -1) zeroOne[j] = false;
        }
    const bool coded = std::find(zeroOne.begin(), zeroOne.end(), false) == zeroOne.end();

    // The time-ordered pass below visits the rows at random in memory, and its cache misses dominate
    // this routine. A coded design has few distinct (stratum, status, covariates) patterns: one
    // sequential pass numbers them, and the ordered pass then reads a 4-byte pattern number per row,
    // not the row of x, its status and its stratum. Any other design is read directly, its pattern
    // number being its row.
    Patterns patterns(cols);
    std::vector<std::uint32_t> patternOf;
    if (coded) {
        patternOf.resize(n);
        for (std::uint32_t i = 0; i < n; ++i)
            patternOf[i] = patterns.idOf(levelOf(i), event[i] != 0, x.data() + i * cols);
    }
    const auto patternAt = [&](std::uint32_t row) { return coded ? patternOf[row] : row; };
    const auto rowOf = [&](std::uint32_t pattern) { return coded ? patterns.row(pattern) : x.data() + pattern * cols; };
    const auto statusOf = [&](std::uint32_t pattern) -> std::uint8_t {
        return coded ? patterns.status(pattern) : event[pattern] != 0;
    };
    const auto levelOfPattern = [&](std::uint32_t pattern) {
        return coded ? patterns.stratum(pattern) : levelOf(pattern);
    };
    // Merging (coded designs): the tie group (by its first stored row in the pattern's stratum) in
    // which each pattern was last stored, and where.
    std::vector<std::size_t> seenIn(coded ? patterns.size() : 0, n), storedAt(seenIn.size());

    // Each piece is reserved for its worst case, nothing merged (address space only, where rows merge).
    std::vector<std::size_t> rowsIn(levels, n);
    if (levels > 1) {
        std::fill(rowsIn.begin(), rowsIn.end(), 0);
        for (std::uint32_t i = 0; i < n; ++i) ++rowsIn[levelOf(i)];
    }
    std::vector<Piece> pieces(levels);
    for (std::size_t l = 0; l < levels; ++l) {
        pieces[l].x.reserve(rowsIn[l] * cols);
        pieces[l].event.reserve(rowsIn[l]);
        pieces[l].count.reserve(rowsIn[l]);
        pieces[l].mark.reserve(rowsIn[l]);
    }
    for (std::size_t i = 0; i < n; ++i) {
        // Prefetching a few rows ahead overlaps the cache misses of the random reads.
        if (i + kPrefetch < n) {
            const std::uint32_t ahead = order[i + kPrefetch].row;
            if (coded) {
                __builtin_prefetch(patternOf.data() + ahead);
            } else {
                __builtin_prefetch(x.data() + ahead * cols);
                __builtin_prefetch(event.data() + ahead);
                if (!strata.empty()) __builtin_prefetch(levelOf.addressOf(ahead));
            }
        }
        const TimedRow r = order[i];
        const std::uint32_t pattern = patternAt(r.row);
        const double* xr = rowOf(pattern);
        const std::uint8_t e = statusOf(pattern);
        d.events += e;
        Piece& piece = pieces[levelOfPattern(pattern)];
        const bool newGroup = !piece.seen || r.time != piece.lastTime;
        piece.seen = true;
        piece.lastTime = r.time;
        if (newGroup) piece.groupStart = piece.event.size();
        if (coded) {
            // A pattern already stored in this tie group only adds to its count.
            if (seenIn[pattern] == piece.groupStart) {
                ++piece.count[storedAt[pattern]];
                continue;
            }
            seenIn[pattern] = piece.groupStart;
            storedAt[pattern] = piece.event.size();
        }
        piece.x.insert(piece.x.end(), xr, xr + cols);
        piece.event.push_back(e);
        piece.mark.push_back(newGroup ? CoxData::TieFirst : 0);
        piece.count.push_back(1);
    }
    if (levels == 1) {
        d.x = std::move(pieces[0].x);
        d.event = std::move(pieces[0].event);
        d.count = std::move(pieces[0].count);
        d.mark = std::move(pieces[0].mark);
        if (!d.mark.empty()) d.mark.back() |= CoxData::StratumLast;
    } else {
        for (const Piece& piece : pieces) append(d, piece);
    }
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
