#pragma once
// A study's lab records (ADLB) as packed columns, as the team library keeps them (internal to
// core/store; pg_schema.cpp v3): one column_cache row per field of LabRecord (kind 'lab', named as
// the SQLite lab table's column), the texts coded (column_blob.h's CodedColumn: each distinct value
// once, a code per record), the numbers with a presence byte. Why not rows: COPY of a 10^6-record
// ADLB into the 24-column lab table kept the server busy 1.8 s (psql \copy of the same CSV into a
// plain 8-column table: 0.8-1.1 s); the packed fields are about 20 bytea values, and the client
// formats no text row per record.
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model/columns.h"
#include "core/model/records.h"
#include "core/store/column_blob.h"

namespace ts {

class StoreBackend;
struct PackedColumn;

// Collects a study's lab records, in the order they come, field by field.
class LabColumnsBuilder {
public:
    void add(const LabRecord& r);
    std::size_t size() const { return m_rows; }
    // Every field, packed, in record order (kind "lab", rows = records); none without records.
    std::vector<PackedColumn> pack() const;

    static constexpr std::size_t kTexts = 9;     // usubjid ... bnrind, provenance
    static constexpr std::size_t kReals = 7;     // avisitn ... hi
    static constexpr std::size_t kIntegers = 7;  // by_visit, baseline, derived, the four grades

private:
    struct Text {
        std::unordered_map<std::string, std::int32_t> index;
        CodedColumn column;
        void add(const std::string& value);
    };
    std::array<Text, kTexts> m_texts;
    std::array<OptionalColumn<double>, kReals> m_reals;
    std::array<OptionalColumn<std::int32_t>, kIntegers> m_integers;
    std::size_t m_rows = 0;
};

// The study's lab records from its packed columns, in the order they were written (none when it
// has none); StoreError naming the store, the study and the field when one is damaged or missing.
std::vector<LabRecord> readLabColumns(const StoreBackend& store, const std::string& study);

}  // namespace ts
