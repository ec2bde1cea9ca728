#include "core/io/aggregate_sink.h"

#include <algorithm>
#include <limits>
#include <string>

#include "core/io/input_error.h"

namespace ts {

AggregateSink::AggregateSink(StudyOutput& out, Provenance fallback, std::vector<std::string> known,
                             std::vector<std::string> required)
    : m_out(out),
      m_fallback(fallback),
      m_known(std::move(known)),
      m_required(std::move(required)) {
    m_known.insert(m_known.end(), {"PROVENANCE", "SOURCE"});
}

void AggregateSink::header(const DatasetHeader& h) {
    m_cols.emplace(h);
    for (const std::string& r : m_required) m_cols->require(r);
    for (const std::string& c : h.columns)
        if (std::find(m_known.begin(), m_known.end(), c) == m_known.end())
            m_out.summary().warnings.push_back(h.file + ":1: unknown column '" + printableLine(c, 100) + "' ignored");
}

void AggregateSink::row(long line, std::span<const Value> values) {
    RowAccess row{m_cols->file(), line, values};
    Provenance p = m_fallback;
    if (std::string text = row.text(cell("PROVENANCE")); !text.empty()) {
        auto parsed = provenances().parse(text);
        if (!parsed)
            row.fail("provenance: '" + text + "' is not original, reconstructed, published-aggregate or illustrative");
        p = *parsed;
    }
    map(row, m_out.writer(""), p, row.text(cell("SOURCE")));
    ++m_out.summary().aggregateRows;
}

std::string AggregateSink::need(const RowAccess& row, const std::string& name) const {
    std::string t = row.text(cell(name));
    if (t.empty()) row.fail(name + " is missing");
    return t;
}

bool AggregateSink::flag(const RowAccess& row, const std::string& name) const {
    std::string t = row.text(cell(name));
    for (char& c : t)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (t.empty() || t == "n" || t == "0" || t == "false" || t == "no") return false;
    if (t == "y" || t == "1" || t == "true" || t == "yes") return true;
    row.fail(name + ": '" + row.text(cell(name)) + "' is not Y or N");
}

std::optional<int> AggregateSink::count(const RowAccess& row, const std::string& name) const {
    auto n = row.integer(cell(name), name);
    if (n && *n < 0) row.fail(name + " must be >= 0");
    // Checked before the cast: counts of 2^31 and above once printed as negative numbers.
    if (n && *n > std::numeric_limits<int>::max())
        row.fail(name + " " + std::to_string(*n) + " is out of range (at most " +
                 std::to_string(std::numeric_limits<int>::max()) + ")");
    return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}

}  // namespace ts
