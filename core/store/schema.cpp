#include "core/store/schema.h"

#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <string>
#include <vector>

#include "core/store/column_cache.h"
#include "core/store/row_range.h"
#include "core/store/sqlite_store.h"
#include "core/store/statement.h"
#include "core/store/store.h"
#include "core/store/store_read.h"

namespace ts {

namespace {

// Version 1: the tables. Every row of a study hangs off study(id) with ON DELETE CASCADE, so
// deleting the study row removes everything of it. Row order of insertion is kept by rowid.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE migration(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
CREATE TABLE study(
  id TEXT PRIMARY KEY, title TEXT, citation TEXT, doi TEXT, registry TEXT, design TEXT,
  population TEXT, time_unit TEXT, provenance TEXT, notes TEXT, imported_at TEXT);
CREATE TABLE arm(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  code TEXT, label TEXT, dose REAL, dose_unit TEXT, colour TEXT, PRIMARY KEY(study, ord));
CREATE TABLE population_flag(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, ord INTEGER NOT NULL, name TEXT,
  PRIMARY KEY(study, ord));
CREATE TABLE subject(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, usubjid TEXT NOT NULL);
CREATE TABLE subject_var(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, usubjid TEXT NOT NULL,
  name TEXT NOT NULL, value TEXT);
CREATE TABLE tte(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, usubjid TEXT, paramcd TEXT,
  param TEXT, aval REAL, cnsr INTEGER, provenance TEXT);
CREATE TABLE lab(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, usubjid TEXT, paramcd TEXT,
  param TEXT, unit TEXT, avisit TEXT, avisitn REAL, ady REAL, aval REAL, base REAL, chg REAL,
  lo REAL, hi REAL, provenance TEXT);
CREATE TABLE ae(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, usubjid TEXT, bodsys TEXT,
  decod TEXT, severity TEXT, toxgr INTEGER, related TEXT, serious INTEGER, trtemfl INTEGER,
  provenance TEXT);
CREATE TABLE lab_summary(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, arm TEXT, paramcd TEXT, param TEXT,
  unit TEXT, visit TEXT, visitn REAL, time REAL, n REAL, mean REAL, sd REAL, se REAL, median REAL,
  q1 REAL, q3 REAL, min REAL, max REAL, change INTEGER, provenance TEXT, source TEXT);
CREATE TABLE ae_count(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, arm TEXT, soc TEXT, term TEXT,
  grade INTEGER, related TEXT, subjects INTEGER, events INTEGER, serious INTEGER,
  provenance TEXT, source TEXT);
CREATE TABLE surv_point(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, arm TEXT, endpoint TEXT,
  time REAL, surv REAL, n_risk INTEGER, provenance TEXT, source TEXT);
CREATE TABLE baseline_cell(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, characteristic TEXT, arm TEXT,
  value TEXT, statistic TEXT, ord INTEGER, provenance TEXT, source TEXT);
CREATE TABLE dataset(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, domain TEXT NOT NULL,
  provenance TEXT NOT NULL, rows INTEGER NOT NULL, PRIMARY KEY(study, domain, provenance));
)sql";

// Version 2: indexes for the views' lookups (and for the delete cascade), and the per-study list
// of endpoints and lab parameters that lets the library list studies without scanning records.
// Existing stores are back-filled from their records (published-only parameters rank after the
// patient-level ones: the 1e15 offset keeps them behind any rowid).
constexpr std::string_view kV2 = R"sql(
CREATE INDEX subject_study ON subject(study, usubjid);
CREATE INDEX subject_var_study ON subject_var(study, usubjid);
CREATE INDEX tte_study ON tte(study, paramcd);
CREATE INDEX lab_study ON lab(study, paramcd, avisitn);
CREATE INDEX ae_study ON ae(study, bodsys, decod);
CREATE INDEX lab_summary_study ON lab_summary(study, paramcd, arm, visitn);
CREATE INDEX ae_count_study ON ae_count(study, arm);
CREATE INDEX surv_point_study ON surv_point(study, endpoint, arm);
CREATE INDEX baseline_cell_study ON baseline_cell(study, arm);
CREATE TABLE study_param(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, kind TEXT NOT NULL,
  ord INTEGER NOT NULL, paramcd TEXT NOT NULL, param TEXT, PRIMARY KEY(study, kind, ord));
INSERT INTO study_param(study, kind, ord, paramcd, param)
  SELECT study, kind, ROW_NUMBER() OVER (PARTITION BY study, kind ORDER BY first), paramcd, param
  FROM (SELECT study, 'endpoint' AS kind, paramcd, param, MIN(rowid) AS first FROM tte GROUP BY study, paramcd
        UNION ALL
        SELECT study, 'endpoint', endpoint, endpoint, MIN(rowid) + 1e15 FROM surv_point
          WHERE NOT EXISTS (SELECT 1 FROM tte t WHERE t.study = surv_point.study AND t.paramcd = endpoint) GROUP BY study, endpoint
        UNION ALL
        SELECT study, 'lab', paramcd, param, MIN(rowid) FROM lab GROUP BY study, paramcd
        UNION ALL
        SELECT study, 'lab', paramcd, param, MIN(rowid) + 1e15 FROM lab_summary
          WHERE NOT EXISTS (SELECT 1 FROM lab l WHERE l.study = lab_summary.study AND l.paramcd = lab_summary.paramcd) GROUP BY study, paramcd);
)sql";

// Version 3: lab records say whether they count in by-visit summaries and whether they are the
// analysis baseline (LabRecord::byVisit, ::baseline); records stored before it count, as they did.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE lab ADD COLUMN by_visit INTEGER NOT NULL DEFAULT 1;
ALTER TABLE lab ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 4: the patient-level tables (subject, subject_var, tte, lab, ae) lose their per-study
// index and foreign key; each study's rows are found by the rowid range in row_range instead (see
// row_range.h). Each table is rebuilt with the same columns, its rows renumbered by (study, old
// rowid), which makes every study's rows contiguous and keeps their order, and the ranges are
// computed from the renumbered rows.
constexpr std::string_view kV4Ranges = R"sql(
CREATE TABLE row_range(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, tbl TEXT NOT NULL,
  first_rowid INTEGER NOT NULL, last_rowid INTEGER NOT NULL, PRIMARY KEY(study, tbl));
)sql";

// The columns after `study` of each ranged table, in the order of kRangedTables (as of v3).
constexpr std::array<std::string_view, kRangedTables.size()> kV4Columns{
    "usubjid TEXT NOT NULL", "usubjid TEXT NOT NULL, name TEXT NOT NULL, value TEXT",
    "usubjid TEXT, paramcd TEXT, param TEXT, aval REAL, cnsr INTEGER, provenance TEXT",
    "usubjid TEXT, paramcd TEXT, param TEXT, unit TEXT, avisit TEXT, avisitn REAL, ady REAL, aval REAL, base REAL, "
    "chg REAL, lo REAL, hi REAL, provenance TEXT, by_visit INTEGER NOT NULL DEFAULT 1, baseline INTEGER NOT NULL "
    "DEFAULT 0",
    "usubjid TEXT, bodsys TEXT, decod TEXT, severity TEXT, toxgr INTEGER, related TEXT, serious INTEGER, "
    "trtemfl INTEGER, provenance TEXT"};

// "a TEXT, b REAL NOT NULL" -> "a, b": the first word of each definition.
std::string columnNames(std::string_view defs) {
    std::string out;
    for (std::size_t at = 0; at < defs.size();) {
        const std::size_t comma = std::min(defs.find(',', at), defs.size());
        std::string_view def = defs.substr(at, comma - at);
        def.remove_prefix(std::min(def.find_first_not_of(' '), def.size()));
        out.append(out.empty() ? "" : ", ").append(def.substr(0, def.find(' ')));
        at = comma + 1;
    }
    return out;
}

std::string v4() {
    std::string sql(kV4Ranges);
    for (std::size_t t = 0; t < kRangedTables.size(); ++t) {
        const std::string name(kRangedTables[t]);
        const std::string cols = "study, " + columnNames(kV4Columns[t]);
        sql += "CREATE TABLE " + name + "_v4(study TEXT NOT NULL, " + std::string(kV4Columns[t]) + ");\n";
        sql += "INSERT INTO " + name + "_v4(rowid, " + cols + ") SELECT ROW_NUMBER() OVER (ORDER BY study, rowid), " +
               cols + " FROM " + name + ";\n";
        sql += "DROP TABLE " + name + ";\nALTER TABLE " + name + "_v4 RENAME TO " + name + ";\n";
        sql += "INSERT INTO row_range(study, tbl, first_rowid, last_rowid) SELECT study, '" + name +
               "', min(rowid), max(rowid) FROM " + name + " GROUP BY study;\n";
    }
    return sql;
}

// Version 5: the ranged tables get an INTEGER PRIMARY KEY `rid` (an alias of the rowid), so that
// VACUUM, a .dump and restore or a backup copy keep the rowids that row_range records: without one,
// VACUUM renumbers rowids and every study's range then names other rows (or none). The rowids are
// kept as they are. And the packed columns of each study (column_cache.h), back-filled below.
constexpr std::string_view kV5Cache = R"sql(
CREATE TABLE column_cache(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, kind TEXT NOT NULL, name TEXT NOT NULL,
  ord INTEGER NOT NULL, label TEXT, rows INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY(study, kind, name));
)sql";

std::string v5() {
    std::string sql(kV5Cache);
    for (std::size_t t = 0; t < kRangedTables.size(); ++t) {
        const std::string name(kRangedTables[t]);
        const std::string cols = "study, " + columnNames(kV4Columns[t]);
        sql += "CREATE TABLE " + name + "_v5(rid INTEGER PRIMARY KEY, study TEXT NOT NULL, " +
               std::string(kV4Columns[t]) + ");\n";
        sql += "INSERT INTO " + name + "_v5(rid, " + cols + ") SELECT rowid, " + cols + " FROM " + name + ";\n";
        sql += "DROP TABLE " + name + ";\nALTER TABLE " + name + "_v5 RENAME TO " + name + ";\n";
    }
    return sql;
}

// Each study's packed columns, from its rows (stores written before version 5).
void backfillColumns(sqlite3* db, const std::filesystem::path& file) {
    Statement ids(db, "SELECT id FROM study ORDER BY id", file);
    std::vector<std::string> studies;
    for (ids.query(); ids.next();) studies.push_back(ids.text(0));
    for (const std::string& id : studies) {
        ColumnCacheBuilder columns;
        const std::optional<StudyData> data = readStudy(db, file, id, StudyParts::SubjectsAndTte);
        if (!data) continue;
        for (const Subject& s : data->subjects) columns.subject(s);
        for (const TteRecord& r : data->tte) columns.tte(r);
        writePackedColumns(db, file, id, columns.pack());
    }
}

// Version 6: lab records keep what post-baseline peaks and shift tables read (LabRecord::derived,
// adt, anrind, bnrind and the toxicity grades per direction), adverse events their timing and outcome
// (AdverseEvent::astdt ... outcome). Records stored before it read as not derived, without dates,
// categories, grades or outcomes.
constexpr std::string_view kV6 = R"sql(
ALTER TABLE lab ADD COLUMN derived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE lab ADD COLUMN adt TEXT;
ALTER TABLE lab ADD COLUMN anrind TEXT;
ALTER TABLE lab ADD COLUMN bnrind TEXT;
ALTER TABLE lab ADD COLUMN grade_high INTEGER;
ALTER TABLE lab ADD COLUMN grade_low INTEGER;
ALTER TABLE lab ADD COLUMN base_grade_high INTEGER;
ALTER TABLE lab ADD COLUMN base_grade_low INTEGER;
ALTER TABLE ae ADD COLUMN astdt TEXT;
ALTER TABLE ae ADD COLUMN aendt TEXT;
ALTER TABLE ae ADD COLUMN astdy REAL;
ALTER TABLE ae ADD COLUMN aendy REAL;
ALTER TABLE ae ADD COLUMN action TEXT;
ALTER TABLE ae ADD COLUMN death INTEGER;
ALTER TABLE ae ADD COLUMN outcome TEXT;
)sql";

// Version 7: each study keeps the SHA-256 of the files it was imported from (core/io/data_digest.h),
// which exported figures quote; studies imported before it have none ("").
constexpr std::string_view kV7 = R"sql(
ALTER TABLE study ADD COLUMN data_sha256 TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: the labels of each study's dataset variables (StudyInfo::labels); studies imported
// before it have none, and the views fall back to their dictionary (core/analysis/adsl_label.h).
constexpr std::string_view kV8 = R"sql(
CREATE TABLE variable_label(
  study TEXT NOT NULL REFERENCES study(id) ON DELETE CASCADE, dataset TEXT NOT NULL, name TEXT NOT NULL,
  label TEXT NOT NULL, PRIMARY KEY(study, dataset, name));
)sql";

struct Migration {
    std::string sql;
    void (*then)(sqlite3*, const std::filesystem::path&) = nullptr;  // C++ work after the SQL
};

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all{
        {std::string(kV1)},      {std::string(kV2)}, {std::string(kV3)}, {v4()},
        {v5(), backfillColumns}, {std::string(kV6)}, {std::string(kV7)}, {std::string(kV8)}};
    return all;
}

int pragmaInt(sqlite3* db, const std::filesystem::path& file, const char* sql) {
    Statement st(db, sql, file);
    st.query();
    int v = st.next() ? static_cast<int>(st.integer(0)) : 0;
    while (st.next()) {}
    return v;
}

}  // namespace

int latestSchemaVersion() { return static_cast<int>(migrations().size()); }

int dumpedSchemaVersion(sqlite3* db, const std::filesystem::path& file) {
    if (pragmaInt(db, file, "PRAGMA application_id") != 0 || schemaVersionOf(db, file) != 0) return 0;
    if (pragmaInt(db, file,
                  "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('migration', 'study')") != 2)
        return 0;
    Statement st(db, "SELECT count(*), min(version), max(version) FROM migration", file);
    st.query();
    int version = 0;
    if (st.next() && st.integer(0) >= 1 && st.integer(1) == 1 && st.integer(2) == st.integer(0) &&
        st.integer(2) <= latestSchemaVersion())
        version = static_cast<int>(st.integer(2));
    while (st.next()) {}
    return version;
}

void restoreDumpedHeader(sqlite3* db, const std::filesystem::path& file) {
    const int version = dumpedSchemaVersion(db, file);
    if (version == 0) return;
    // PRAGMA arguments cannot be bound; the values are integers this code computed.
    execSql(db,
            "PRAGMA application_id = " + std::to_string(kApplicationId) +
                "; PRAGMA user_version = " + std::to_string(version),
            file, "cannot restore the store's header");
}

int schemaVersionOf(sqlite3* db, const std::filesystem::path& file) {
    return pragmaInt(db, file, "PRAGMA user_version");
}

void checkCompatible(sqlite3* db, const std::filesystem::path& file) {
    int version = schemaVersionOf(db, file);
    if (version < 0)
        throw StoreError(file.string() + ": not a TrialScope store (schema version " + std::to_string(version) + ")");
    if (version > latestSchemaVersion())
        throw StoreError(file.string() + ": the store was written by a newer TrialScope (schema " +
                         std::to_string(version) + "); this program reads up to schema " +
                         std::to_string(latestSchemaVersion()));
    int app = pragmaInt(db, file, "PRAGMA application_id");
    bool empty = pragmaInt(db, file, "SELECT count(*) FROM sqlite_schema") == 0;
    // A new store is an empty file with no application id; an empty database another application
    // has claimed (its own application_id) is not ours to take over.
    if (app != kApplicationId && !(version == 0 && empty && app == 0)) {
        if (dumpedSchemaVersion(db, file) > 0)
            throw StoreError(file.string() +
                             ": a TrialScope store restored from a dump, without its header: open it once where it "
                             "can be written, and the header is restored");
        throw StoreError(file.string() + ": not a TrialScope store (another application's database)");
    }
}

void checkIntegrity(sqlite3* db, const std::filesystem::path& file, const std::atomic<bool>* stop) {
    // A set `stop` interrupts the check (SQLite's progress handler, every 1000 VM steps): a viewer
    // closed while its background check read a 4 GB store waited for the end of the check.
    if (stop)
        sqlite3_progress_handler(
            db, 1000, [](void* flag) { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool>*>(stop));
    std::string first;
    try {
        Statement st(db, "PRAGMA quick_check", file);
        st.query();
        first = st.next() ? st.text(0) : std::string("no answer");
        while (st.next()) {}
    } catch (const StoreError&) {
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
        if (stop && stop->load()) return;  // stopped, not damaged
        throw;
    }
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (first == "ok") return;
    // quick_check's report spans lines ("*** in database main ***\n..."): one line, 300 bytes at most.
    for (char& c : first)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    if (first.size() > 300) first = first.substr(0, 300) + "...";
    throw StoreError(file.string() + ": the store is corrupted (quick_check: " + first + ")");
}

void migrate(sqlite3* db, const std::filesystem::path& file, int target) {
    checkCompatible(db, file);
    int version = schemaVersionOf(db, file);
    // A store with data is checked whole before it is rewritten (not on every open: that read every
    // page of the file, seconds for a store of large studies).
    if (version > 0 && version < target) checkIntegrity(db, file);
    for (; version < target; ++version) {
        execSql(db, "BEGIN IMMEDIATE", file, "cannot migrate the store");
        try {
            const Migration& m = migrations()[static_cast<size_t>(version)];
            execSql(db, m.sql, file, "cannot migrate the store");
            if (m.then) m.then(db, file);
            Statement rec(db,
                          "INSERT INTO migration(version, applied_at) "
                          "VALUES(?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                          file);
            rec.run(version + 1);
            // PRAGMA arguments cannot be bound; the values are integers this code computed.
            execSql(db,
                    std::string("PRAGMA application_id = ")
                        .append(std::to_string(kApplicationId))
                        .append("; PRAGMA user_version = ")
                        .append(std::to_string(version + 1)),
                    file, "cannot migrate the store");
            execSql(db, "COMMIT", file, "cannot migrate the store");
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

}  // namespace ts
