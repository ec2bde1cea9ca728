#pragma once
// Typed access to one dataset row for the ADaM and aggregate mappers: column lookup by name and
// conversion of cells to text, numbers and integers, with errors as InputError "FILE:LINE: VAR ...".
#include <optional>
#include <span>
#include <string>
#include <unordered_map>

#include "core/io/row_sink.h"

namespace ts {

// Column positions of a header by (upper-case) name.
class Columns {
public:
    explicit Columns(const DatasetHeader& h);
    std::optional<int> find(const std::string& name) const;
    // Throws InputError(file, 1, "missing required variable 'NAME'").
    int require(const std::string& name) const;
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
    std::unordered_map<std::string, int> m_index;
};

struct RowAccess {
    const std::string& file;
    long line;
    std::span<const Value> values;

    [[noreturn]] void fail(const std::string& message) const;
    bool missing(std::optional<int> col) const { return !col || values[*col].missing(); }
    // Text of the cell ("" when missing or the column is absent).
    std::string text(std::optional<int> col) const;
    // Number of the cell; nullopt when missing or absent; throws when text is not a number.
    std::optional<double> number(std::optional<int> col, const std::string& var) const;
    // A date variable (ADT, ASTDT ...) as "YYYY-MM-DD": ISO text (a date-time keeps its date), or an
    // XPT number without a date format read as SAS days; "" when missing or absent; throws when the
    // text is not a date. `var` is the variable's name, ending in DT.
    std::string date(std::optional<int> col, const std::string& var) const;
    // Like number() but the value must be a whole number.
    std::optional<long> integer(std::optional<int> col, const std::string& var) const;
};

}  // namespace ts
