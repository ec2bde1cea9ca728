#include "core/store/row_range.h"

#include <algorithm>
#include <sqlite3.h>

#include "core/store/statement.h"

namespace ts {

void RangeTracker::add(std::int64_t rowid) {
    if (m_rows == 0) m_range.first = rowid;
    else if (rowid != m_range.last + 1) m_contiguous = false;
    m_range.last = rowid;
    ++m_rows;
}

StudyRanges readRanges(sqlite3* db, const std::filesystem::path& file, const std::string& study) {
    StudyRanges out;
    Statement st(db, "SELECT tbl, first_rowid, last_rowid FROM row_range WHERE study = ?", file);
    for (st.query(study); st.next();) {
        auto it = std::find(kRangedTables.begin(), kRangedTables.end(), st.text(0));
        if (it != kRangedTables.end())
            out[static_cast<std::size_t>(it - kRangedTables.begin())] = {st.integer(1), st.integer(2)};
    }
    return out;
}

bool deleteStudyRows(sqlite3* db, const std::filesystem::path& file, const std::string& study) {
    const StudyRanges ranges = readRanges(db, file, study);
    for (std::size_t t = 0; t < kRangedTables.size(); ++t) {
        if (ranges[t].first > ranges[t].last) continue;
        // The study test costs nothing on a rowid range scan and keeps other studies' rows safe
        // from a range that does not describe its table.
        Statement(
            db,
            std::string("DELETE FROM ").append(kRangedTables[t]).append(" WHERE rowid BETWEEN ? AND ? AND study = ?"),
            file)
            .run(ranges[t].first, ranges[t].last, study);
    }
    Statement del(db, "DELETE FROM study WHERE id = ?", file);
    del.run(study);
    return sqlite3_changes(db) > 0;
}

}  // namespace ts
