#include "core/io/row_access.h"

#include <cmath>

#include "core/io/date_check.h"
#include "core/io/input_error.h"
#include "core/io/sas_time.h"

namespace ts {

Columns::Columns(const DatasetHeader& h) : m_file(h.file) {
    m_index.reserve(h.columns.size());
    for (std::size_t i = 0; i < h.columns.size(); ++i) m_index.emplace(h.columns[i], static_cast<int>(i));
}

std::optional<int> Columns::find(const std::string& name) const {
    auto it = m_index.find(name);
    return it == m_index.end() ? std::nullopt : std::optional<int>(it->second);
}

int Columns::require(const std::string& name) const {
    auto c = find(name);
    if (!c) throw InputError(m_file, 1, "missing required variable '" + name + "'");
    return *c;
}

void RowAccess::fail(const std::string& message) const { throw InputError(file, line, message); }

std::string RowAccess::text(std::optional<int> col) const { return col ? valueText(values[*col]) : std::string(); }

std::optional<double> RowAccess::number(std::optional<int> col, const std::string& var) const {
    if (missing(col)) return std::nullopt;
    const Value& v = values[*col];
    if (v.kind == Value::Kind::Number) return v.number;
    auto x = parseNumber(v.text);
    if (!x) fail(var + ": '" + std::string(v.text.substr(0, 40)) + "' is not a number");
    return x;
}

std::optional<long> RowAccess::integer(std::optional<int> col, const std::string& var) const {
    auto x = number(col, var);
    if (x && (*x != std::floor(*x) || std::fabs(*x) > 1e15)) fail(var + ": '" + text(col) + "' is not an integer");
    return x ? std::optional<long>(static_cast<long>(*x)) : std::nullopt;
}

std::string RowAccess::date(std::optional<int> col, const std::string& var) const {
    if (missing(col)) return {};
    const Value& v = values[static_cast<std::size_t>(*col)];
    const bool sasDay = v.kind == Value::Kind::Number && sasTimeInRange(SasTimeKind::Date, v.number);
    const std::string written = sasDay ? formatSasTime(SasTimeKind::Date, v.number) : text(col);
    std::string iso = canonicalDateTime(written).substr(0, 10);
    if (std::string bad = dateProblem(var, iso, written); !bad.empty()) fail(bad);
    return iso;
}

}  // namespace ts
