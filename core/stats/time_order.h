#pragma once
// Rows ordered by follow-up time, with near-equal times merged as survival::aeqSurv does
// (the default timefix of survfit, survdiff and coxph).
//
// Input : time - finite follow-up times (any order, any unit); at most 2^32 - 1 rows.
// Output: one entry per row, ascending by time. `time` is the merged time: a distinct value that lies
//         within sqrt(machine eps) of the previous distinct value (absolutely, or relative to the mean
//         of the absolute distinct times) takes the value of the first member of its chain, exactly as
//         aeqSurv's findInterval on the cut points. Rows with equal merged times are adjacent.
// Cost  : one sort (radix, O(n), from 4096 rows on; std::sort below) and two linear sweeps; from
//         4096 rows on, input already ascending is recognised in one sweep and not sorted again, and
//         no list is made: row i is the i-th (a copy of the times only if merging changed one).
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>
#include <vector>

namespace ts::stats {

// From this many rows orderByTime sorts with a stable radix sort (std::sort below).
inline constexpr std::size_t kRadixSortFrom = 4096;

struct TimedRow {
    double time = 0;
    std::uint32_t row = 0;
};

// The rows in time order: a list of (merged time, row), or the input in place when it is in order
// already (at 10^6 rows the list is 16 MB, made by every kernel of an analysis). Read-only; valid
// while the input it was made from is.
class TimeOrder {
public:
    explicit TimeOrder(std::vector<TimedRow> rows) : m_rows(std::move(rows)), m_size(m_rows.size()) {}
    // Input in order: `time` itself, or `merged` (its merged times) when merging changed any.
    TimeOrder(std::span<const double> time, std::vector<double> merged);
    TimeOrder(TimeOrder&&) = default;
    TimeOrder& operator=(TimeOrder&&) = default;
    TimeOrder(const TimeOrder&) = delete;
    TimeOrder& operator=(const TimeOrder&) = delete;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    TimedRow operator[](std::size_t i) const {
        return m_inPlace ? TimedRow{m_time[i], static_cast<std::uint32_t>(i)} : m_rows[i];
    }

    class Iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = TimedRow;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = TimedRow;
        Iterator() = default;
        Iterator(const TimeOrder* order, std::size_t at) : m_order(order), m_at(at) {}
        TimedRow operator*() const { return (*m_order)[m_at]; }
        Iterator& operator++() {
            ++m_at;
            return *this;
        }
        Iterator operator++(int) { return {m_order, m_at++}; }
        bool operator==(const Iterator& o) const { return m_at == o.m_at; }

    private:
        const TimeOrder* m_order = nullptr;
        std::size_t m_at = 0;
    };
    Iterator begin() const { return {this, 0}; }
    Iterator end() const { return {this, m_size}; }

private:
    std::vector<TimedRow> m_rows;    // the list (not in place)
    std::vector<double> m_merged;    // in place, when merging changed a time
    std::span<const double> m_time;  // in place: the input or m_merged
    std::size_t m_size = 0;
    bool m_inPlace = false;
};

TimeOrder orderByTime(std::span<const double> time);

// True when `time` is already in the order orderByTime sorts by (ascending; -0 before +0).
bool isTimeOrdered(std::span<const double> time);

// The merged times in input order (aeqSurv(Surv(time, status))[, 1]). survfit merges over all
// rows before splitting by group, so a caller fitting one curve per group applies this to the
// whole sample first.
std::vector<double> mergeNearTimes(std::span<const double> time);

}  // namespace ts::stats
