#pragma once
// Where a study's patient-level rows live (internal to core/store; schema v4).
//
// A study is written in one transaction, and SQLite gives each new row max(rowid) + 1, so the study's
// rows of each big table (subject, subject_var, tte, lab, ae) take one contiguous rowid range. The
// row_range table records (study, table, first, last) at commit; reads and deletes walk that range on
// the table's own b-tree. These tables therefore carry neither a per-study secondary index nor a
// foreign key: keeping the index up to date was most of the CPU time of a large import.
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace ts {

// The tables whose rows are addressed by range, in the order of kRangedTables.
enum class Ranged : std::size_t { Subject, SubjectVar, Tte, Lab, Ae };
inline constexpr std::array<std::string_view, 5> kRangedTables{"subject", "subject_var", "tte", "lab", "ae"};

inline std::string_view tableName(Ranged t) { return kRangedTables[static_cast<std::size_t>(t)]; }

// Inclusive rowid range; the default is empty (rowids start at 1).
struct RowRange {
    std::int64_t first = 1;
    std::int64_t last = 0;
};

using StudyRanges = std::array<RowRange, kRangedTables.size()>;

// Follows the rowids one writer inserts into one table.
class RangeTracker {
public:
    void add(std::int64_t rowid);
    bool empty() const { return m_rows == 0; }
    // False if a rowid ever skipped: the range would not describe the rows (never seen in practice;
    // SQLite leaves max + 1 only once the largest rowid reaches 2^63 - 1).
    bool contiguous() const { return m_contiguous; }
    RowRange range() const { return m_range; }

private:
    RowRange m_range;
    std::int64_t m_rows = 0;
    bool m_contiguous = true;
};

// The ranges of `study` (empty for a table it has no rows in).
StudyRanges readRanges(sqlite3* db, const std::filesystem::path& file, const std::string& study);

// Removes every row of `study`: its ranged rows, then the study row, whose ON DELETE CASCADE takes
// the small tables and row_range. Runs inside the caller's transaction. False when it was absent.
bool deleteStudyRows(sqlite3* db, const std::filesystem::path& file, const std::string& study);

}  // namespace ts
