#pragma once
// The byte layout of the packed columns the store keeps per study (internal to core/store; schema
// v5, table column_cache). One BLOB per ADSL variable (a CodedColumn), per ADTTE parameter (a
// TteColumns) and one for the subjects' USUBJIDs in ADSL order.
//
// Team library (pg_schema.cpp v3): one BLOB per field of its lab records (lab_columns.h), each a
// CodedColumn or a column of optional numbers.
//
// Layout: the 4-byte tag "TSC1", then fields in order, each a little-endian u32 count followed by
// that many items: text as u32 length + UTF-8 bytes, numbers as their little-endian bytes (int32,
// IEEE double, provenance as one byte). Reading checks every count against the bytes left and every
// code against its range, so a damaged or hostile store file yields an error, never a wild read.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/model/columns.h"

namespace ts {

// Optional numbers (doubles, or int32 grades and flags): a value and a presence byte (0 or 1) per
// row; an absent value is stored as 0. Packed without the presence bytes when every value is
// present, and without values either when none is.
template <class T>
struct OptionalColumn {
    std::vector<T> values;
    std::vector<std::uint8_t> present;
    void push(const std::optional<T>& v) {
        values.push_back(v.value_or(T{}));
        present.push_back(v ? 1 : 0);
    }
    std::optional<T> at(std::size_t i) const { return present[i] ? std::optional<T>(values[i]) : std::nullopt; }
};

std::vector<std::uint8_t> packCoded(const CodedColumn& column);
std::vector<std::uint8_t> packOptional(const OptionalColumn<double>& column);
std::vector<std::uint8_t> packOptional(const OptionalColumn<std::int32_t>& column);
std::vector<std::uint8_t> packTte(const TteColumns& tte);
std::vector<std::uint8_t> packTexts(const std::vector<std::string>& texts);

// nullopt when the bytes are not a well-formed blob of that kind for `rows` rows (subjects,
// records); codes must lie in -1 .. levels - 1 and subjects in -1 .. subjects - 1.
std::optional<CodedColumn> unpackCoded(std::span<const std::uint8_t> bytes, std::size_t rows);
std::optional<TteColumns> unpackTte(std::span<const std::uint8_t> bytes, std::size_t rows, std::size_t subjects);
std::optional<std::vector<std::string>> unpackTexts(std::span<const std::uint8_t> bytes);
// nullopt unless `rows` values and presence bytes (0 or 1) in the canonical form packOptional writes.
std::optional<OptionalColumn<double>> unpackReals(std::span<const std::uint8_t> bytes, std::size_t rows);
std::optional<OptionalColumn<std::int32_t>> unpackInts(std::span<const std::uint8_t> bytes, std::size_t rows);
// Only the levels of a packed CodedColumn, the first `most` of them (its codes are not read): `bytes`
// may be the blob's head, as long as it holds those levels.
std::optional<std::vector<std::string>> unpackLevels(std::span<const std::uint8_t> bytes, std::size_t most);

}  // namespace ts
