// The SQLite backend's study writer: one prepared INSERT per table, reused for every row; the
// patient-level rows' rowid ranges (row_range.h) recorded at commit.
#include <array>
#include <sqlite3.h>
#include <utility>

#include "core/store/column_cache.h"
#include "core/store/piped_sink.h"
#include "core/store/row_range.h"
#include "core/store/sqlite_store.h"
#include "core/store/statement.h"

namespace ts {

namespace {

class SqliteSink final : public RowSink {
public:
    SqliteSink(sqlite3* database, std::filesystem::path storeFile, std::string id, bool inBatch)
        : m_db(database),
          m_file(std::move(storeFile)),
          m_study(std::move(id)),
          m_nested(inBatch) {}

    void subject(const Subject& s) override {
        m_subject.run(m_study, s.usubjid);
        inserted(Ranged::Subject);
        for (const auto& [name, value] : s.vars) {
            m_subjectVar.run(m_study, s.usubjid, name, value);
            inserted(Ranged::SubjectVar);
        }
    }
    void tte(const TteRecord& r) override {
        m_tte.run(m_study, r.usubjid, r.paramcd, r.param, r.aval, r.cnsr, provenances().name(r.provenance));
        inserted(Ranged::Tte);
    }
    void lab(const LabRecord& r) override {
        m_lab.run(m_study, r.usubjid, r.paramcd, r.param, r.unit, r.avisit, r.avisitn, r.ady, r.aval, r.base, r.chg,
                  r.lo, r.hi, provenances().name(r.provenance), r.byVisit, r.baseline, r.derived, r.adt, r.anrind,
                  r.bnrind, r.gradeHigh, r.gradeLow, r.baseGradeHigh, r.baseGradeLow);
        inserted(Ranged::Lab);
    }
    void ae(const AdverseEvent& e) override {
        m_ae.run(m_study, e.usubjid, e.bodsys, e.decod, e.severity, e.toxgr, e.related, e.serious, e.trtemfl,
                 provenances().name(e.provenance), e.astdt, e.aendt, e.astdy, e.aendy, e.action, e.death, e.outcome);
        inserted(Ranged::Ae);
    }
    void labSummary(const LabSummary& s) override {
        m_labSummary.run(m_study, s.arm, s.paramcd, s.param, s.unit, s.visit, s.visitn, s.time, s.n, s.mean, s.sd, s.se,
                         s.median, s.q1, s.q3, s.min, s.max, s.change, provenances().name(s.provenance), s.source);
    }
    void aeCount(const AeCount& c) override {
        m_aeCount.run(m_study, c.arm, c.soc, c.term, c.grade, c.related, c.subjects, c.events, c.serious,
                      provenances().name(c.provenance), c.source);
    }
    void survPoint(const SurvPoint& p) override {
        m_survPoint.run(m_study, p.arm, p.endpoint, p.time, p.surv, p.nRisk, provenances().name(p.provenance),
                        p.source);
    }
    void baseline(const BaselineCell& c) override {
        m_baseline.run(m_study, c.characteristic, c.arm, c.value, c.statistic, c.order,
                       provenances().name(c.provenance), c.source);
    }
    void setTimeUnit(const std::string& unit) override {
        Statement(m_db, "UPDATE study SET time_unit = ? WHERE id = ?", m_file).run(unit, m_study);
    }
    void setDataSha256(const std::string& digest) override {
        Statement(m_db, "UPDATE study SET data_sha256 = ? WHERE id = ?", m_file).run(digest, m_study);
    }
    void finish(const StudyTotals& totals) override;
    void abandon() noexcept override {
        sqlite3_exec(m_db,
                     m_nested ? "ROLLBACK TO study_write; RELEASE study_write; PRAGMA cache_size = -2000"
                              : "ROLLBACK; PRAGMA cache_size = -2000",
                     nullptr, nullptr, nullptr);
    }

private:
    // After an insert into a ranged table: extends its rowid range.
    void inserted(Ranged t) { m_ranges[static_cast<std::size_t>(t)].add(sqlite3_last_insert_rowid(m_db)); }

    sqlite3* m_db;
    std::filesystem::path m_file;
    std::string m_study;
    bool m_nested;  // inside a StoreBatch: a savepoint, not a transaction of its own
    std::array<RangeTracker, kRangedTables.size()> m_ranges;
    Statement m_subject{m_db, "INSERT INTO subject(study, usubjid) VALUES(?,?)", m_file};
    Statement m_subjectVar{m_db, "INSERT INTO subject_var(study, usubjid, name, value) VALUES(?,?,?,?)", m_file};
    Statement m_tte{
        m_db, "INSERT INTO tte(study, usubjid, paramcd, param, aval, cnsr, provenance) VALUES(?,?,?,?,?,?,?)", m_file};
    Statement m_lab{m_db,
                    "INSERT INTO lab(study, usubjid, paramcd, param, unit, avisit, avisitn, ady, aval, base, chg, "
                    "lo, hi, provenance, by_visit, baseline, derived, adt, anrind, bnrind, grade_high, grade_low, "
                    "base_grade_high, base_grade_low) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    m_file};
    Statement m_ae{m_db,
                   "INSERT INTO ae(study, usubjid, bodsys, decod, severity, toxgr, related, serious, trtemfl, "
                   "provenance, astdt, aendt, astdy, aendy, action, death, outcome) "
                   "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   m_file};
    Statement m_labSummary{m_db,
                           "INSERT INTO lab_summary(study, arm, paramcd, param, unit, visit, visitn, time, n, mean, "
                           "sd, se, median, q1, q3, min, max, change, provenance, source) "
                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                           m_file};
    Statement m_aeCount{m_db,
                        "INSERT INTO ae_count(study, arm, soc, term, grade, related, subjects, events, serious, "
                        "provenance, source) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                        m_file};
    Statement m_survPoint{m_db,
                          "INSERT INTO surv_point(study, arm, endpoint, time, surv, n_risk, provenance, source) "
                          "VALUES(?,?,?,?,?,?,?,?)",
                          m_file};
    Statement m_baseline{m_db,
                         "INSERT INTO baseline_cell(study, characteristic, arm, value, statistic, ord, provenance, "
                         "source) VALUES(?,?,?,?,?,?,?,?)",
                         m_file};
};

// Writes the row ranges, the dataset provenance, the parameter lists the library reads and the
// packed columns the analyses read, then commits.
void SqliteSink::finish(const StudyTotals& totals) {
    writePackedColumns(m_db, m_file, m_study, totals.columns);
    Statement range(m_db, "INSERT INTO row_range(study, tbl, first_rowid, last_rowid) VALUES(?,?,?,?)", m_file);
    for (std::size_t t = 0; t < m_ranges.size(); ++t) {
        if (m_ranges[t].empty()) continue;
        if (!m_ranges[t].contiguous())
            throw StoreError(m_file.string() + ": cannot write study " + m_study + ": the rows of table " +
                             std::string(kRangedTables[t]) + " did not get consecutive rowids");
        range.run(m_study, kRangedTables[t], m_ranges[t].range().first, m_ranges[t].range().last);
    }
    Statement dataset(m_db, "INSERT INTO dataset(study, domain, provenance, rows) VALUES(?,?,?,?)", m_file);
    for (const auto& [key, n] : totals.rows)
        dataset.run(m_study, key.first, provenances().name(key.second), static_cast<std::int64_t>(n));
    Statement param(m_db, "INSERT INTO study_param(study, kind, ord, paramcd, param) VALUES(?,?,?,?,?)", m_file);
    for (const auto& [kind, list] : {std::pair{"endpoint", &totals.endpoints}, std::pair{"lab", &totals.labParams}}) {
        int ord = 0;
        for (const auto& [code, label] : *list) param.run(m_study, kind, ++ord, code, label);
    }
    Statement label(m_db, "INSERT INTO variable_label(study, dataset, name, label) VALUES(?,?,?,?)", m_file);
    for (const auto& [key, text] : totals.labels) label.run(m_study, key.first, key.second, text);
    execSql(m_db, m_nested ? "RELEASE study_write; PRAGMA cache_size = -2000" : "COMMIT; PRAGMA cache_size = -2000",
            m_file, "cannot write study " + m_study);
}

}  // namespace

void writePackedColumns(sqlite3* db, const std::filesystem::path& file, const std::string& study,
                        const std::vector<PackedColumn>& columns) {
    Statement row(db, "INSERT INTO column_cache(study, kind, name, ord, label, rows, data) VALUES(?,?,?,?,?,?,?)",
                  file);
    for (const PackedColumn& c : columns)
        row.run(study, c.kind, c.name, c.ord, c.label, c.rows, std::span<const std::uint8_t>(c.data));
}

std::unique_ptr<RowSink> SqliteStore::replaceStudy(const StudyInfo& info, bool inBatch) {
    // 32 MiB of page cache while a study is written: a large import spills fewer pages to the WAL.
    execSql(
        m_db,
        inBatch ? "PRAGMA cache_size = -32768; SAVEPOINT study_write" : "PRAGMA cache_size = -32768; BEGIN IMMEDIATE",
        m_file, "cannot write study " + info.id);
    std::unique_ptr<SqliteSink> sink;
    try {
        sink = std::make_unique<SqliteSink>(m_db, m_file, info.id, inBatch);
    } catch (...) {
        sqlite3_exec(m_db, inBatch ? "ROLLBACK TO study_write; RELEASE study_write" : "ROLLBACK", nullptr, nullptr,
                     nullptr);
        throw;
    }
    try {
        deleteStudyRows(m_db, m_file, info.id);
        Statement(m_db,
                  "INSERT INTO study(id, title, citation, doi, registry, design, population, time_unit, provenance, "
                  "notes, data_sha256, imported_at) VALUES(?,?,?,?,?,?,?,?,?,?,?, "
                  "strftime('%Y-%m-%dT%H:%M:%SZ','now'))",
                  m_file)
            .run(info.id, info.title, info.citation, info.doi, info.registry, info.design, info.population,
                 info.timeUnit, provenances().name(info.provenance), info.notes, info.dataSha256);
        Statement arm(m_db, "INSERT INTO arm(study, ord, code, label, dose, dose_unit, colour) VALUES(?,?,?,?,?,?,?)",
                      m_file);
        int ord = 0;
        for (const auto& a : info.arms) arm.run(info.id, ++ord, a.code, a.label, a.dose, a.doseUnit, a.colour);
        Statement flag(m_db, "INSERT INTO population_flag(study, ord, name) VALUES(?,?,?)", m_file);
        ord = 0;
        for (const auto& f : info.populationFlags) flag.run(info.id, ++ord, f);
    } catch (...) {
        sink->abandon();
        throw;
    }
    // The rows go in on a thread of their own while the import reads the next ones (piped_sink.h):
    // a 10^6-row ADLB imports in 1.7 s instead of 2.6 (docs/benchmarks.md, 2026-12-05).
    return pipedSink(std::move(sink));
}

}  // namespace ts
