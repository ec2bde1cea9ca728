#pragma once
// A study's lab records (ADLB) as packed columns, as the team library keeps them (internal to
// core/store; pg_schema.cpp v3): one column_cache row per field of LabRecord (kind 'lab', named as
// the SQLite lab table's column), the texts coded (column_blob.h's CodedColumn: each distinct value
// once, a code per record), the numbers with a presence byte; in blocks of 65,536 records. Why not
// rows: COPY of a 10^6-record ADLB into the 24-column lab table kept the server busy 1.8 s (psql
// \copy of the same CSV into a plain 8-column table: 0.8-1.1 s); the packed fields are 23 bytea
// values per block, and the client formats no text row per record.
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

// Collects a study's lab records, in the order they come, field by field, in blocks of
// kBlockRecords: the writer sends a block's columns to the server while the next block is read (the
// server's work overlaps the import's), and a block bounds the memory the columns take.
class LabColumnsBuilder {
public:
    static constexpr std::size_t kBlockRecords = 65536;
    static constexpr std::size_t kTexts = 9;     // usubjid ... bnrind, provenance
    static constexpr std::size_t kReals = 7;     // avisitn ... hi
    static constexpr std::size_t kIntegers = 7;  // by_visit, baseline, derived, the four grades
    static constexpr std::size_t kFields = kTexts + kReals + kIntegers;

    void add(const LabRecord& r);
    bool full() const { return m_rows == kBlockRecords; }
    // The current block's fields, packed: kind "lab", named FIELD/BLOCK (block 0, 1, ...), ord =
    // block * kFields + field, rows = its records; none when it has no records. The next block starts.
    std::vector<PackedColumn> takeBlock();

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
    std::size_t m_block = 0;
};

// The study's lab records from its packed columns, in the order they were written (none when it
// has none); StoreError naming the store, the study and the field when one is damaged or missing.
std::vector<LabRecord> readLabColumns(const StoreBackend& store, const std::string& study);

}  // namespace ts
