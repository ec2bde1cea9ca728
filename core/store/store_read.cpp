// The SQLite backend's queries: the study library, one study's metadata, rows and packed columns.
#include "core/store/store_read.h"

#include <algorithm>
#include <sqlite3.h>
#include <unordered_map>

#include "core/store/column_cache.h"
#include "core/store/record_columns.h"
#include "core/store/row_range.h"
#include "core/store/sqlite_error.h"
#include "core/store/sqlite_store.h"
#include "core/store/statement.h"

namespace ts {

namespace {

// True when the study table has the data fingerprint column (schema version 7): the migration to
// version 5 reads studies (backfillColumns) before version 7 adds it.
bool hasFingerprints(sqlite3* db, const std::filesystem::path& file) {
    Statement st(db, "SELECT count(*) FROM pragma_table_info('study') WHERE name = 'data_sha256'", file);
    st.query();
    const bool has = st.next() && st.integer(0) > 0;
    while (st.next()) {}
    return has;
}

// Reads study metadata, arms and flags, and with `labels` its variable labels (schema version 8;
// the listing has no use for them); statements are prepared once and reused per study.
class InfoReader {
public:
    InfoReader(sqlite3* db, const std::filesystem::path& file, bool labels = false)
        : m_study(
              db,
              "SELECT " +
                  (hasFingerprints(db, file) ? std::string(kInfoColumns)
                                             : std::string(kInfoColumns.substr(0, kInfoColumns.rfind(','))) + ", ''") +
                  " FROM study WHERE id = ?",
              file),
          m_arms(db, "SELECT " + std::string(kArmColumns) + " FROM arm WHERE study = ? ORDER BY ord", file),
          m_flags(db, "SELECT name FROM population_flag WHERE study = ? ORDER BY ord", file),
          m_adsl(db, "SELECT provenance FROM dataset WHERE study = ? AND domain = 'adsl'", file) {
        if (labels) m_labels.emplace(db, "SELECT dataset, name, label FROM variable_label WHERE study = ?", file);
    }

    // nullopt when the study is absent; `importedAt` receives the import time.
    std::optional<StudyInfo> read(const std::string& id, std::string* importedAt = nullptr) {
        if (!m_study.query(id).next()) return std::nullopt;
        StudyInfo info = infoOf(m_study, importedAt);
        while (m_study.next()) {}
        for (m_arms.query(id); m_arms.next();) info.arms.push_back(armOf(m_arms));
        for (m_flags.query(id); m_flags.next();) info.populationFlags.push_back(m_flags.text(0));
        for (m_adsl.query(id); m_adsl.next();) info.adslProvenance = provenanceOf(m_adsl.text(0));
        if (m_labels)
            for (m_labels->query(id); m_labels->next();)
                info.labels[{m_labels->text(0), m_labels->text(1)}] = m_labels->text(2);
        return info;
    }

private:
    Statement m_study, m_arms, m_flags, m_adsl;
    std::optional<Statement> m_labels;
};

// Binds the study's rowid range of `t` and its id to a query "... WHERE rowid BETWEEN ? AND ? AND study = ?":
// a range scan of the table's own b-tree (see row_range.h).
Statement& inRange(Statement& st, const StudyRanges& ranges, Ranged t, const std::string& id) {
    const RowRange& r = ranges[static_cast<std::size_t>(t)];
    return st.query(r.first, r.last, id);
}

std::vector<std::string> column(Statement& st) {
    std::vector<std::string> out;
    while (st.next()) out.push_back(st.text(0));
    return out;
}

}  // namespace

std::vector<StudySummary> SqliteStore::studies() const {
    Statement ids(m_db, "SELECT id FROM study ORDER BY id COLLATE NOCASE, id", m_file);
    Statement params(m_db, "SELECT paramcd FROM study_param WHERE study = ? AND kind = ? ORDER BY ord", m_file);
    Statement rows(m_db, "SELECT coalesce(sum(rows), 0) FROM dataset WHERE study = ? AND domain = ?", m_file);
    Statement provs(m_db, "SELECT DISTINCT provenance FROM dataset WHERE study = ? ORDER BY provenance", m_file);
    Statement kinds(m_db, "SELECT DISTINCT domain FROM dataset WHERE study = ? AND rows > 0 ORDER BY domain", m_file);
    InfoReader infos(m_db, m_file);
    auto rowCount = [&](const std::string& id, const char* domain) {
        rows.query(id, domain).next();
        int n = static_cast<int>(rows.integer(0));
        while (rows.next()) {}
        return n;
    };
    std::vector<StudySummary> out;
    ids.query();
    for (const auto& id : column(ids)) {
        StudySummary s;
        auto info = infos.read(id, &s.importedAt);
        // Listed but not found again: the file is damaged (a fuzzed index did this).
        if (!info)
            throw StoreError(m_file.string() + ": the store is damaged: study " + id +
                             " is listed but cannot be read (trialscope-cli check tells more)");
        s.info = std::move(*info);
        s.subjects = rowCount(id, "adsl");
        s.aeRecords = rowCount(id, "adae");
        s.endpoints = column(params.query(id, "endpoint"));
        s.labParams = column(params.query(id, "lab"));
        s.provenances = column(provs.query(id));
        s.datasets = column(kinds.query(id));
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<StudyData> SqliteStore::loadStudy(const std::string& id) const { return readStudy(m_db, m_file, id); }

std::optional<StudyInfo> SqliteStore::info(const std::string& id) const {
    return InfoReader(m_db, m_file, true).read(id);
}

std::vector<PackedColumn> SqliteStore::packed(const std::string& study, const std::string& kind,
                                              const std::string* name, std::size_t bytes) const {
    const std::string select =
        "SELECT name, ord, label, rows, length(data), rowid FROM column_cache WHERE study = ? AND kind = ?";
    Statement st(m_db, name ? select + " AND name = ?" : select + " ORDER BY ord", m_file);
    if (name) st.query(study, kind, *name);
    else st.query(study, kind);
    std::vector<PackedColumn> out;
    while (st.next()) {
        PackedColumn c{kind, st.text(0), st.integer(1), st.text(2), st.integer(3), {}, st.integer(4)};
        // Incremental blob I/O reads the bytes straight into the column, and a head without the rest:
        // a SELECT of the blob (or of substr() on it) copies it whole into a buffer of SQLite's first.
        // The open statement holds the read transaction, so the rowid names the row just selected.
        c.data.resize(std::min(static_cast<std::size_t>(std::max<std::int64_t>(c.size, 0)), bytes));
        if (!c.data.empty()) {
            sqlite3_blob* blob = nullptr;
            int rc = sqlite3_blob_open(m_db, "main", "column_cache", "data", st.integer(5), 0, &blob);
            if (rc == SQLITE_OK) rc = sqlite3_blob_read(blob, c.data.data(), static_cast<int>(c.data.size()), 0);
            sqlite3_blob_close(blob);
            if (rc != SQLITE_OK) throwSqlite(m_db, rc, m_file, "cannot read study " + study);
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<StudyData> readStudy(sqlite3* db, const std::filesystem::path& file, const std::string& id,
                                   StudyParts parts) {
    // The migration to version 5 reads subjects and records before version 8 adds the labels.
    InfoReader infos(db, file, parts == StudyParts::All);
    auto info = infos.read(id);
    if (!info) return std::nullopt;
    StudyData d;
    d.info = std::move(*info);

    const StudyRanges ranges = readRanges(db, file, id);
    std::unordered_map<std::string, size_t> index;
    Statement subj(db, "SELECT usubjid FROM subject WHERE rowid BETWEEN ? AND ? AND study = ? ORDER BY rowid", file);
    for (inRange(subj, ranges, Ranged::Subject, id); subj.next();) {
        index.emplace(subj.text(0), d.subjects.size());
        d.subjects.push_back({subj.text(0), {}});
    }
    Statement vars(db,
                   "SELECT usubjid, name, value FROM subject_var WHERE rowid BETWEEN ? AND ? AND study = ? "
                   "ORDER BY rowid",
                   file);
    for (inRange(vars, ranges, Ranged::SubjectVar, id); vars.next();)
        if (auto it = index.find(vars.text(0)); it != index.end())
            d.subjects[it->second].vars[vars.text(1)] = vars.text(2);

    // Each table's rows of the study, in the order they were written.
    auto select = [&](std::string_view columns, const char* table, bool ranged) {
        return std::string("SELECT ").append(columns).append(" FROM ").append(table).append(
            ranged ? " WHERE rowid BETWEEN ? AND ? AND study = ? ORDER BY rowid" : " WHERE study = ? ORDER BY rowid");
    };
    Statement tte(db, select(kTteColumns, "tte", true), file);
    for (inRange(tte, ranges, Ranged::Tte, id); tte.next();) d.tte.push_back(tteOf(tte));
    if (parts == StudyParts::SubjectsAndTte) return d;
    Statement lab(db, select(kLabColumns, "lab", true), file);
    for (inRange(lab, ranges, Ranged::Lab, id); lab.next();) d.labs.push_back(labOf(lab));
    Statement ae(db, select(kAeColumns, "ae", true), file);
    for (inRange(ae, ranges, Ranged::Ae, id); ae.next();) d.aes.push_back(aeOf(ae));
    Statement ls(db, select(kLabSummaryColumns, "lab_summary", false), file);
    for (ls.query(id); ls.next();) d.labSummaries.push_back(labSummaryOf(ls));
    Statement ac(db, select(kAeCountColumns, "ae_count", false), file);
    for (ac.query(id); ac.next();) d.aeCounts.push_back(aeCountOf(ac));
    Statement sp(db, select(kSurvPointColumns, "surv_point", false), file);
    for (sp.query(id); sp.next();) d.survPoints.push_back(survPointOf(sp));
    Statement bc(db, select(kBaselineColumns, "baseline_cell", false), file);
    for (bc.query(id); bc.next();) d.baseline.push_back(baselineOf(bc));
    return d;
}

}  // namespace ts
