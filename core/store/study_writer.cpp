#include <array>
#include <map>
#include <set>
#include <sqlite3.h>
#include <utility>

#include "core/store/column_cache.h"
#include "core/store/row_range.h"
#include "core/store/statement.h"
#include "core/store/store.h"

namespace ts {

namespace {

// First-seen list of (PARAMCD, PARAM) for the study library.
class ParamList {
public:
    void add(const std::string& code, const std::string& label) {
        if (m_seen.insert(code).second) m_items.emplace_back(code, label);
    }
    const std::vector<std::pair<std::string, std::string>>& items() const { return m_items; }

private:
    std::set<std::string> m_seen;
    std::vector<std::pair<std::string, std::string>> m_items;
};

}  // namespace

struct StudyWriter::Impl {
    Impl(sqlite3* database, std::filesystem::path storeFile, const StudyInfo& info, bool inBatch)
        : db(database),
          file(std::move(storeFile)),
          study(info.id),
          adslProvenance(info.adslProvenance),
          nested(inBatch) {}

    sqlite3* db;
    std::filesystem::path file;
    std::string study;
    Provenance adslProvenance;
    bool nested;  // inside a StoreBatch: a savepoint, not a transaction of its own
    bool open = true;
    Statement subject{db, "INSERT INTO subject(study, usubjid) VALUES(?,?)", file};
    Statement subjectVar{db, "INSERT INTO subject_var(study, usubjid, name, value) VALUES(?,?,?,?)", file};
    Statement tte{db, "INSERT INTO tte(study, usubjid, paramcd, param, aval, cnsr, provenance) VALUES(?,?,?,?,?,?,?)",
                  file};
    Statement lab{db,
                  "INSERT INTO lab(study, usubjid, paramcd, param, unit, avisit, avisitn, ady, aval, base, chg, "
                  "lo, hi, provenance, by_visit, baseline, derived, adt, anrind, bnrind, grade_high, grade_low, "
                  "base_grade_high, base_grade_low) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                  file};
    Statement ae{db,
                 "INSERT INTO ae(study, usubjid, bodsys, decod, severity, toxgr, related, serious, trtemfl, "
                 "provenance, astdt, aendt, astdy, aendy, action, death, outcome) "
                 "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 file};
    Statement labSummary{db,
                         "INSERT INTO lab_summary(study, arm, paramcd, param, unit, visit, visitn, time, n, mean, "
                         "sd, se, median, q1, q3, min, max, change, provenance, source) "
                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         file};
    Statement aeCount{db,
                      "INSERT INTO ae_count(study, arm, soc, term, grade, related, subjects, events, serious, "
                      "provenance, source) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                      file};
    Statement survPoint{db,
                        "INSERT INTO surv_point(study, arm, endpoint, time, surv, n_risk, provenance, source) "
                        "VALUES(?,?,?,?,?,?,?,?)",
                        file};
    Statement baseline{db,
                       "INSERT INTO baseline_cell(study, characteristic, arm, value, statistic, ord, provenance, "
                       "source) VALUES(?,?,?,?,?,?,?,?)",
                       file};
    std::map<std::pair<std::string, Provenance>, long long> rows;  // (domain, provenance) -> rows
    std::array<RangeTracker, kRangedTables.size()> ranges;
    ParamList endpoints, labParams;
    ColumnCacheBuilder columns;

    void count(const char* domain, Provenance p) { ++rows[{domain, p}]; }
    // After an insert into a ranged table: extends its rowid range.
    void inserted(Ranged t) { ranges[static_cast<std::size_t>(t)].add(sqlite3_last_insert_rowid(db)); }
    Impl& live() {
        if (!open) throw StoreError(file.string() + ": study " + study + " was already committed");
        return *this;
    }
    void finish();
};

// Writes the row ranges, the dataset provenance, the parameter lists the library reads and the
// packed columns the analyses read, then commits.
void StudyWriter::Impl::finish() {
    columns.write(db, file, study);
    Statement range(db, "INSERT INTO row_range(study, tbl, first_rowid, last_rowid) VALUES(?,?,?,?)", file);
    for (std::size_t t = 0; t < ranges.size(); ++t) {
        if (ranges[t].empty()) continue;
        if (!ranges[t].contiguous())
            throw StoreError(file.string() + ": cannot write study " + study + ": the rows of table " +
                             std::string(kRangedTables[t]) + " did not get consecutive rowids");
        range.run(study, kRangedTables[t], ranges[t].range().first, ranges[t].range().last);
    }
    Statement dataset(db, "INSERT INTO dataset(study, domain, provenance, rows) VALUES(?,?,?,?)", file);
    for (const auto& [key, n] : rows)
        dataset.run(study, key.first, provenances().name(key.second), static_cast<std::int64_t>(n));
    Statement param(db, "INSERT INTO study_param(study, kind, ord, paramcd, param) VALUES(?,?,?,?,?)", file);
    for (const auto& [kind, list] : {std::pair{"endpoint", &endpoints}, std::pair{"lab", &labParams}}) {
        int ord = 0;
        for (const auto& [code, label] : list->items()) param.run(study, kind, ++ord, code, label);
    }
    execSql(db, nested ? "RELEASE study_write; PRAGMA cache_size = -2000" : "COMMIT; PRAGMA cache_size = -2000", file,
            "cannot write study " + study);
    open = false;
}

StudyWriter::StudyWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
StudyWriter::StudyWriter(StudyWriter&&) noexcept = default;

StudyWriter::~StudyWriter() {
    if (m_impl && m_impl->open)
        sqlite3_exec(m_impl->db,
                     m_impl->nested ? "ROLLBACK TO study_write; RELEASE study_write; PRAGMA cache_size = -2000"
                                    : "ROLLBACK; PRAGMA cache_size = -2000",
                     nullptr, nullptr, nullptr);
}

void StudyWriter::setTimeUnit(const std::string& unit) {
    auto& w = m_impl->live();
    Statement(w.db, "UPDATE study SET time_unit = ? WHERE id = ?", w.file).run(unit, w.study);
}

void StudyWriter::setDataSha256(const std::string& digest) {
    auto& w = m_impl->live();
    Statement(w.db, "UPDATE study SET data_sha256 = ? WHERE id = ?", w.file).run(digest, w.study);
}

void StudyWriter::subject(const Subject& s) {
    auto& w = m_impl->live();
    w.subject.run(w.study, s.usubjid);
    w.inserted(Ranged::Subject);
    for (const auto& [name, value] : s.vars) {
        w.subjectVar.run(w.study, s.usubjid, name, value);
        w.inserted(Ranged::SubjectVar);
    }
    w.columns.subject(s);
    w.count("adsl", w.adslProvenance);
}

void StudyWriter::tte(const TteRecord& r) {
    auto& w = m_impl->live();
    w.tte.run(w.study, r.usubjid, r.paramcd, r.param, r.aval, r.cnsr, provenances().name(r.provenance));
    w.inserted(Ranged::Tte);
    w.endpoints.add(r.paramcd, r.param);
    w.columns.tte(r);
    w.count("adtte", r.provenance);
}

void StudyWriter::lab(const LabRecord& r) {
    auto& w = m_impl->live();
    w.lab.run(w.study, r.usubjid, r.paramcd, r.param, r.unit, r.avisit, r.avisitn, r.ady, r.aval, r.base, r.chg, r.lo,
              r.hi, provenances().name(r.provenance), r.byVisit, r.baseline, r.derived, r.adt, r.anrind, r.bnrind,
              r.gradeHigh, r.gradeLow, r.baseGradeHigh, r.baseGradeLow);
    w.inserted(Ranged::Lab);
    w.labParams.add(r.paramcd, r.param);
    w.count("adlb", r.provenance);
}

void StudyWriter::ae(const AdverseEvent& e) {
    auto& w = m_impl->live();
    w.ae.run(w.study, e.usubjid, e.bodsys, e.decod, e.severity, e.toxgr, e.related, e.serious, e.trtemfl,
             provenances().name(e.provenance), e.astdt, e.aendt, e.astdy, e.aendy, e.action, e.death, e.outcome);
    w.inserted(Ranged::Ae);
    w.count("adae", e.provenance);
}

void StudyWriter::labSummary(const LabSummary& s) {
    auto& w = m_impl->live();
    w.labSummary.run(w.study, s.arm, s.paramcd, s.param, s.unit, s.visit, s.visitn, s.time, s.n, s.mean, s.sd, s.se,
                     s.median, s.q1, s.q3, s.min, s.max, s.change, provenances().name(s.provenance), s.source);
    w.labParams.add(s.paramcd, s.param);
    w.count("lab_summary", s.provenance);
}

void StudyWriter::aeCount(const AeCount& c) {
    auto& w = m_impl->live();
    w.aeCount.run(w.study, c.arm, c.soc, c.term, c.grade, c.related, c.subjects, c.events, c.serious,
                  provenances().name(c.provenance), c.source);
    w.count("ae_counts", c.provenance);
}

void StudyWriter::survPoint(const SurvPoint& p) {
    auto& w = m_impl->live();
    w.survPoint.run(w.study, p.arm, p.endpoint, p.time, p.surv, p.nRisk, provenances().name(p.provenance), p.source);
    w.endpoints.add(p.endpoint, p.endpoint);
    w.count("survival_points", p.provenance);
}

void StudyWriter::baseline(const BaselineCell& c) {
    auto& w = m_impl->live();
    w.baseline.run(w.study, c.characteristic, c.arm, c.value, c.statistic, c.order, provenances().name(c.provenance),
                   c.source);
    w.count("baseline", c.provenance);
}

void StudyWriter::commit() { m_impl->live().finish(); }

StudyWriter Store::replaceStudy(const StudyInfo& info) {
    // 32 MiB of page cache while a study is written: a large import spills fewer pages to the WAL.
    execSql(
        m_db,
        m_batch ? "PRAGMA cache_size = -32768; SAVEPOINT study_write" : "PRAGMA cache_size = -32768; BEGIN IMMEDIATE",
        m_file, "cannot write study " + info.id);
    std::unique_ptr<StudyWriter::Impl> impl;
    try {
        impl = std::make_unique<StudyWriter::Impl>(m_db, m_file, info, m_batch);
    } catch (...) {
        sqlite3_exec(m_db, m_batch ? "ROLLBACK TO study_write; RELEASE study_write" : "ROLLBACK", nullptr, nullptr,
                     nullptr);
        throw;
    }
    if (m_batch) m_batchStudies.push_back(info.id);
    // From here on the writer owns the transaction: its destructor rolls back on any throw below.
    StudyWriter writer(std::move(impl));
    deleteStudyRows(m_db, m_file, info.id);
    Statement(m_db,
              "INSERT INTO study(id, title, citation, doi, registry, design, population, time_unit, provenance, "
              "notes, data_sha256, imported_at) VALUES(?,?,?,?,?,?,?,?,?,?,?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
              m_file)
        .run(info.id, info.title, info.citation, info.doi, info.registry, info.design, info.population, info.timeUnit,
             provenances().name(info.provenance), info.notes, info.dataSha256);
    Statement arm(m_db, "INSERT INTO arm(study, ord, code, label, dose, dose_unit, colour) VALUES(?,?,?,?,?,?,?)",
                  m_file);
    int ord = 0;
    for (const auto& a : info.arms) arm.run(info.id, ++ord, a.code, a.label, a.dose, a.doseUnit, a.colour);
    Statement flag(m_db, "INSERT INTO population_flag(study, ord, name) VALUES(?,?,?)", m_file);
    ord = 0;
    for (const auto& f : info.populationFlags) flag.run(info.id, ++ord, f);
    return writer;
}

void Store::importStudy(const StudyData& data) {
    StudyWriter w = replaceStudy(data.info);
    for (const auto& s : data.subjects) w.subject(s);
    for (const auto& r : data.tte) w.tte(r);
    for (const auto& r : data.labs) w.lab(r);
    for (const auto& e : data.aes) w.ae(e);
    for (const auto& s : data.labSummaries) w.labSummary(s);
    for (const auto& c : data.aeCounts) w.aeCount(c);
    for (const auto& p : data.survPoints) w.survPoint(p);
    for (const auto& c : data.baseline) w.baseline(c);
    w.commit();
}

}  // namespace ts
