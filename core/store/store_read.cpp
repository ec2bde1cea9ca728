// Store queries: the study library and loading one study.
#include "core/store/store_read.h"

#include <sqlite3.h>
#include <unordered_map>

#include "core/store/column_cache.h"
#include "core/store/row_range.h"
#include "core/store/statement.h"
#include "core/store/store.h"

namespace ts {

namespace {

Provenance provenanceOf(const std::string& text) { return provenances().parse(text).value_or(Provenance::Original); }

// True when the study table has the data fingerprint column (schema version 7): the migration to
// version 5 reads studies (backfillColumns) before version 7 adds it.
bool hasFingerprints(sqlite3* db, const std::filesystem::path& file) {
    Statement st(db, "SELECT count(*) FROM pragma_table_info('study') WHERE name = 'data_sha256'", file);
    st.query();
    const bool has = st.next() && st.integer(0) > 0;
    while (st.next()) {}
    return has;
}

// Reads study metadata, arms and flags; statements are prepared once and reused per study.
class InfoReader {
public:
    InfoReader(sqlite3* db, const std::filesystem::path& file)
        : m_study(db,
                  std::string("SELECT id, title, citation, doi, registry, design, population, time_unit, provenance, "
                              "notes, imported_at, ") +
                      (hasFingerprints(db, file) ? "data_sha256" : "''") + " FROM study WHERE id = ?",
                  file),
          m_arms(db, "SELECT code, label, dose, dose_unit, colour FROM arm WHERE study = ? ORDER BY ord", file),
          m_flags(db, "SELECT name FROM population_flag WHERE study = ? ORDER BY ord", file),
          m_adsl(db, "SELECT provenance FROM dataset WHERE study = ? AND domain = 'adsl'", file) {}

    // nullopt when the study is absent; `importedAt` receives the import time.
    std::optional<StudyInfo> read(const std::string& id, std::string* importedAt = nullptr) {
        if (!m_study.query(id).next()) return std::nullopt;
        StudyInfo info;
        info.id = m_study.text(0);
        info.title = m_study.text(1);
        info.citation = m_study.text(2);
        info.doi = m_study.text(3);
        info.registry = m_study.text(4);
        info.design = m_study.text(5);
        info.population = m_study.text(6);
        info.timeUnit = m_study.text(7);
        info.provenance = provenanceOf(m_study.text(8));
        info.notes = m_study.text(9);
        if (importedAt) *importedAt = m_study.text(10);
        info.dataSha256 = m_study.text(11);
        while (m_study.next()) {}
        for (m_arms.query(id); m_arms.next();)
            info.arms.push_back({m_arms.text(0), m_arms.text(1), m_arms.optReal(2), m_arms.text(3), m_arms.text(4)});
        for (m_flags.query(id); m_flags.next();) info.populationFlags.push_back(m_flags.text(0));
        for (m_adsl.query(id); m_adsl.next();) info.adslProvenance = provenanceOf(m_adsl.text(0));
        return info;
    }

private:
    Statement m_study, m_arms, m_flags, m_adsl;
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

std::vector<StudySummary> Store::studies() const {
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

std::optional<StudyData> Store::loadStudy(const std::string& id) const { return readStudy(m_db, m_file, id); }

std::optional<StudyOverview> Store::overview(const std::string& id) const {
    InfoReader infos(m_db, m_file);
    auto info = infos.read(id);
    if (!info) return std::nullopt;
    StudyOverview o;
    o.info = std::move(*info);
    o.subjects = cachedSubjects(m_db, m_file, id);
    o.endpoints = cachedEndpoints(m_db, m_file, id);
    o.adslLevels = cachedLevels(m_db, m_file, id);
    return o;
}

std::optional<SurvivalSlice> Store::survivalSlice(const std::string& id, const std::string& endpoint,
                                                  const std::vector<std::string>& variables) const {
    InfoReader infos(m_db, m_file);
    auto info = infos.read(id);
    if (!info) return std::nullopt;
    SurvivalSlice s;
    s.info = std::move(*info);
    s.endpoints = cachedEndpoints(m_db, m_file, id);
    const std::size_t subjects = cachedSubjects(m_db, m_file, id);
    s.adsl = readAdslColumns(m_db, m_file, id, subjects, variables);
    s.tte = readTteColumns(m_db, m_file, id, subjects, endpoint);
    return s;
}

std::optional<StudyData> readStudy(sqlite3* db, const std::filesystem::path& file, const std::string& id,
                                   StudyParts parts) {
    InfoReader infos(db, file);
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

    Statement tte(db,
                  "SELECT usubjid, paramcd, param, aval, cnsr, provenance FROM tte "
                  "WHERE rowid BETWEEN ? AND ? AND study = ? ORDER BY rowid",
                  file);
    for (inRange(tte, ranges, Ranged::Tte, id); tte.next();)
        d.tte.push_back({tte.text(0), tte.text(1), tte.text(2), tte.real(3), static_cast<int>(tte.integer(4)),
                         provenanceOf(tte.text(5))});
    if (parts == StudyParts::SubjectsAndTte) return d;

    Statement lab(
        db,
        "SELECT usubjid, paramcd, param, unit, avisit, avisitn, ady, aval, base, chg, lo, hi, provenance, "
        "by_visit, baseline, derived, adt, anrind, bnrind, grade_high, grade_low, base_grade_high, base_grade_low "
        "FROM lab WHERE rowid BETWEEN ? AND ? AND study = ? ORDER BY rowid",
        file);
    for (inRange(lab, ranges, Ranged::Lab, id); lab.next();)
        d.labs.push_back({lab.text(0),
                          lab.text(1),
                          lab.text(2),
                          lab.text(3),
                          lab.text(4),
                          lab.optReal(5),
                          lab.optReal(6),
                          lab.optReal(7),
                          lab.optReal(8),
                          lab.optReal(9),
                          lab.optReal(10),
                          lab.optReal(11),
                          provenanceOf(lab.text(12)),
                          lab.integer(13) != 0,
                          lab.integer(14) != 0,
                          lab.integer(15) != 0,
                          lab.text(16),
                          lab.text(17),
                          lab.text(18),
                          lab.optInt(19),
                          lab.optInt(20),
                          lab.optInt(21),
                          lab.optInt(22)});

    Statement ae(
        db,
        "SELECT usubjid, bodsys, decod, severity, toxgr, related, serious, trtemfl, provenance, astdt, aendt, "
        "astdy, aendy, action, death, outcome FROM ae WHERE rowid BETWEEN ? AND ? AND study = ? ORDER BY rowid",
        file);
    auto optBool = [](std::optional<int> v) { return v ? std::optional<bool>(*v != 0) : std::nullopt; };
    for (inRange(ae, ranges, Ranged::Ae, id); ae.next();)
        d.aes.push_back({ae.text(0), ae.text(1), ae.text(2), ae.text(3), ae.optInt(4), ae.text(5),
                         optBool(ae.optInt(6)), optBool(ae.optInt(7)), provenanceOf(ae.text(8)), ae.text(9),
                         ae.text(10), ae.optReal(11), ae.optReal(12), ae.text(13), optBool(ae.optInt(14)),
                         ae.text(15)});

    Statement ls(db,
                 "SELECT arm, paramcd, param, unit, visit, visitn, time, n, mean, sd, se, median, q1, q3, min, "
                 "max, change, provenance, source FROM lab_summary WHERE study = ? ORDER BY rowid",
                 file);
    for (ls.query(id); ls.next();)
        d.labSummaries.push_back({ls.text(0), ls.text(1), ls.text(2), ls.text(3), ls.text(4), ls.real(5), ls.optReal(6),
                                  ls.optReal(7), ls.optReal(8), ls.optReal(9), ls.optReal(10), ls.optReal(11),
                                  ls.optReal(12), ls.optReal(13), ls.optReal(14), ls.optReal(15), ls.integer(16) != 0,
                                  provenanceOf(ls.text(17)), ls.text(18)});

    Statement ac(db,
                 "SELECT arm, soc, term, grade, related, subjects, events, serious, provenance, source "
                 "FROM ae_count WHERE study = ? ORDER BY rowid",
                 file);
    for (ac.query(id); ac.next();)
        d.aeCounts.push_back({ac.text(0), ac.text(1), ac.text(2), ac.optInt(3), ac.text(4), ac.optInt(5), ac.optInt(6),
                              ac.integer(7) != 0, provenanceOf(ac.text(8)), ac.text(9)});

    Statement sp(db,
                 "SELECT arm, endpoint, time, surv, n_risk, provenance, source FROM surv_point "
                 "WHERE study = ? ORDER BY rowid",
                 file);
    for (sp.query(id); sp.next();)
        d.survPoints.push_back(
            {sp.text(0), sp.text(1), sp.real(2), sp.optReal(3), sp.optInt(4), provenanceOf(sp.text(5)), sp.text(6)});

    Statement bc(db,
                 "SELECT characteristic, arm, value, statistic, ord, provenance, source FROM baseline_cell "
                 "WHERE study = ? ORDER BY rowid",
                 file);
    for (bc.query(id); bc.next();)
        d.baseline.push_back({bc.text(0), bc.text(1), bc.text(2), bc.text(3), static_cast<int>(bc.integer(4)),
                              provenanceOf(bc.text(5)), bc.text(6)});
    return d;
}

}  // namespace ts
