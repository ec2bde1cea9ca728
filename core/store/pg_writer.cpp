// The team library's writes: a study's rows by COPY (text format), its lab records and typed
// columns packed (lab_columns.h, column_cache.h), in one transaction (a savepoint in a batch) under
// an advisory lock on the study id; deleting a study; batches.
#include <array>

#include "core/store/lab_columns.h"
#include "core/store/pg_store.h"
#include "core/store/record_columns.h"
#include "core/store/work_pipe.h"

namespace ts {

namespace {

// The COPY target of each buffered table, in the order of Table.
enum class Table : std::size_t { Subject, SubjectVar, Tte, Ae, LabSummary, AeCount, SurvPoint, Baseline };
constexpr std::size_t kTables = 8;
const std::array<std::string, kTables>& copyTargets() {
    static const std::array<std::string, kTables> all{"subject(study, usubjid)",
                                                      "subject_var(study, usubjid, name, value)",
                                                      "tte(study, " + std::string(kTteColumns) + ")",
                                                      "ae(study, " + std::string(kAeColumns) + ")",
                                                      "lab_summary(study, " + std::string(kLabSummaryColumns) + ")",
                                                      "ae_count(study, " + std::string(kAeCountColumns) + ")",
                                                      "surv_point(study, " + std::string(kSurvPointColumns) + ")",
                                                      "baseline_cell(study, " + std::string(kBaselineColumns) + ")"};
    return all;
}

// A table's buffer goes to the server (through the WorkPipe) when it reaches this size, and at
// commit: COPYs of 2 MiB keep the round trips few, the memory of a large import flat and the
// server busy while the next chunk is parsed.
constexpr std::size_t kFlushBytes = 2u << 20;

class PgSink final : public RowSink {
public:
    // `staged`: PostgreSQL refuses COPY into a table with row-level security from a role it
    // applies to, so a role other than the owner copies into a temporary table and inserts from it.
    PgSink(PgConnection& db, std::string id, bool inBatch, bool staged)
        : m_db(db),
          m_study(std::move(id)),
          m_nested(inBatch),
          m_staged(staged) {}

    void subject(const Subject& s) override {
        row(Table::Subject).fields(m_study, s.usubjid);
        for (const auto& [name, value] : s.vars) row(Table::SubjectVar).fields(m_study, s.usubjid, name, value);
        flushFull();
    }
    void tte(const TteRecord& r) override {
        row(Table::Tte)
            .fields(m_study, r.usubjid, r.paramcd, r.param, r.aval, r.cnsr, provenances().name(r.provenance));
        flushFull();
    }
    void lab(const LabRecord& r) override {
        m_labs.add(r);
        if (m_labs.full()) sendLabs();
    }
    void ae(const AdverseEvent& e) override {
        row(Table::Ae).fields(m_study, e.usubjid, e.bodsys, e.decod, e.severity, e.toxgr, e.related, e.serious,
                              e.trtemfl, provenances().name(e.provenance), e.astdt, e.aendt, e.astdy, e.aendy, e.action,
                              e.death, e.outcome);
        flushFull();
    }
    void labSummary(const LabSummary& s) override {
        row(Table::LabSummary)
            .fields(m_study, s.arm, s.paramcd, s.param, s.unit, s.visit, s.visitn, s.time, s.n, s.mean, s.sd, s.se,
                    s.median, s.q1, s.q3, s.min, s.max, s.change, provenances().name(s.provenance), s.source);
    }
    void aeCount(const AeCount& c) override {
        row(Table::AeCount)
            .fields(m_study, c.arm, c.soc, c.term, c.grade, c.related, c.subjects, c.events, c.serious,
                    provenances().name(c.provenance), c.source);
    }
    void survPoint(const SurvPoint& p) override {
        row(Table::SurvPoint)
            .fields(m_study, p.arm, p.endpoint, p.time, p.surv, p.nRisk, provenances().name(p.provenance), p.source);
    }
    void baseline(const BaselineCell& c) override {
        row(Table::Baseline)
            .fields(m_study, c.characteristic, c.arm, c.value, c.statistic, c.order, provenances().name(c.provenance),
                    c.source);
    }
    void setTimeUnit(const std::string& unit) override {
        m_pipe.drain();
        m_db.query("UPDATE study SET time_unit = $1 WHERE id = $2", PgParams(unit, m_study), what());
    }
    void setDataSha256(const std::string& digest) override {
        m_pipe.drain();
        m_db.query("UPDATE study SET data_sha256 = $1 WHERE id = $2", PgParams(digest, m_study), what());
    }
    void finish(const StudyTotals& totals) override;
    void abandon() noexcept override {
        m_pipe.stop();  // a chunk on its way is finished before the rollback
        m_db.execQuietly(m_nested ? "ROLLBACK TO SAVEPOINT study_write; RELEASE SAVEPOINT study_write" : "ROLLBACK");
    }

private:
    // A COPY row appended to `t`'s buffer; the row ends when the returned object goes.
    struct Row {
        std::string& out;
        template <class... T>
        void fields(const T&... values) {
            PgCopyRow(out).fields(values...);
        }
    };
    Row row(Table t) { return {m_buffers[static_cast<std::size_t>(t)]}; }
    std::string what() const { return "cannot write study " + m_study; }
    // Runs on the pipe's thread: one chunk of table t into the server.
    void send(std::size_t t, const std::string& rows);
    void flush(std::size_t t) {
        if (m_buffers[t].empty()) return;
        m_pipe.push([this, t, rows = std::move(m_buffers[t])] { send(t, rows); });
        m_buffers[t].clear();
    }
    // The lab records' block so far, packed, to the server on the pipe's thread.
    void sendLabs() {
        m_pipe.push([this, columns = m_labs.takeBlock()] {
            for (const PackedColumn& c : columns) PgStore::insertPacked(m_db, m_study, c, what());
        });
    }
    void flushFull() {
        for (std::size_t t = 0; t < kTables; ++t)
            if (m_buffers[t].size() >= kFlushBytes) flush(t);
    }

    PgConnection& m_db;
    std::string m_study;
    bool m_nested;
    bool m_staged;
    std::array<std::string, kTables> m_buffers;
    LabColumnsBuilder m_labs;
    std::array<bool, kTables> m_stageMade{};  // staged: the table's temporary table exists (pipe thread only)
    WorkPipe m_pipe;                          // last: it stops before the buffers and the connection go
};

void PgSink::send(std::size_t t, const std::string& rows) {
    const std::string& target = copyTargets()[t];
    if (!m_staged) {
        m_db.copy("COPY " + target + " FROM STDIN", rows, what());
        return;
    }
    // "lab(study, usubjid, ...)": the table and its column list.
    const std::size_t open = target.find('(');
    const std::string table = target.substr(0, open);
    const std::string columns = target.substr(open + 1, target.size() - open - 2);
    const std::string stage = "stage_" + table;
    // k keeps the written order through INSERT ... SELECT (seq is given in the order rows come). Made
    // at the table's first chunk of this study (IF NOT EXISTS: an earlier study of the same batch may
    // have made it; it goes at the batch's commit).
    if (!m_stageMade[t]) {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DROP AS SELECT " + columns + " FROM " +
                      table + " WITH NO DATA; ALTER TABLE " + stage + " ADD COLUMN IF NOT EXISTS k bigserial",
                  what());
        m_stageMade[t] = true;
    }
    m_db.copy("COPY " + stage + "(" + columns + ") FROM STDIN", rows, what());
    m_db.exec("INSERT INTO " + target + " SELECT " + columns + " FROM " + stage + " ORDER BY k; TRUNCATE " + stage,
              what());
}

void PgSink::finish(const StudyTotals& totals) {
    for (std::size_t t = 0; t < kTables; ++t) flush(t);
    sendLabs();
    m_pipe.drain();
    for (const PackedColumn& c : totals.columns) PgStore::insertPacked(m_db, m_study, c, what());
    for (const auto& [key, n] : totals.rows)
        m_db.query("INSERT INTO dataset(study, domain, provenance, rows) VALUES($1, $2, $3, $4)",
                   PgParams(m_study, key.first, provenances().name(key.second), static_cast<std::int64_t>(n)), what());
    for (const auto& [kind, list] : {std::pair{"endpoint", &totals.endpoints}, std::pair{"lab", &totals.labParams}}) {
        int ord = 0;
        for (const auto& [code, label] : *list)
            m_db.query("INSERT INTO study_param(study, kind, ord, paramcd, param) VALUES($1, $2, $3, $4, $5)",
                       PgParams(m_study, kind, ++ord, code, label), what());
    }
    for (const auto& [key, text] : totals.labels)
        m_db.query("INSERT INTO variable_label(study, dataset, name, label) VALUES($1, $2, $3, $4)",
                   PgParams(m_study, key.first, key.second, text), what());
    m_db.exec(m_nested ? "RELEASE SAVEPOINT study_write" : "COMMIT", what());
    // The pages just written join their block-range indexes now rather than at the next vacuum, so
    // the next read of any study skips them (only the owner may; others leave it to autosummarize).
    if (!m_staged)
        for (const char* index : {"subject_study", "subject_var_study", "tte_study", "ae_study"})
            m_db.execQuietly(std::string("SELECT brin_summarize_new_values('trialscope.") + index + "')");
}

// Removes every row of `id` (inside the caller's transaction); false when it was absent.
bool deleteRows(PgConnection& db, const std::string& id, const std::string& what) {
    for (const char* table :
         {"subject", "subject_var", "tte", "ae", "lab_summary", "ae_count", "surv_point", "baseline_cell"})
        db.query(std::string("DELETE FROM ") + table + " WHERE study = $1", PgParams(id), what);
    return db.query("DELETE FROM study WHERE id = $1 RETURNING id", PgParams(id), what).size() > 0;
}

}  // namespace

void PgStore::insertPacked(PgConnection& db, const std::string& study, const PackedColumn& c, const std::string& what) {
    db.query(
        "INSERT INTO trialscope.column_cache(study, kind, name, ord, label, rows, data) "
        "VALUES($1, $2, $3, $4, $5, $6, $7)",
        PgParams(study, c.kind, c.name, c.ord, c.label, c.rows, c.data), what);
}

std::unique_ptr<RowSink> PgStore::replaceStudy(const StudyInfo& info, bool inBatch) {
    const std::string what = "cannot write study " + info.id;
    if (!inBatch) m_db.resume();
    m_db.exec(inBatch ? "SAVEPOINT study_write" : "BEGIN", what);
    auto sink = std::make_unique<PgSink>(m_db, info.id, inBatch, !m_owner);
    try {
        // Two writers of one study queue here until the first commits: never a half study.
        m_db.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", PgParams(info.id), what);
        requireWrite(info.id, "write");
        deleteRows(m_db, info.id, what);
        m_db.query(
            "INSERT INTO study(id, title, citation, doi, registry, design, population, time_unit, provenance, "
            "notes, data_sha256, imported_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, "
            "to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
            PgParams(info.id, info.title, info.citation, info.doi, info.registry, info.design, info.population,
                     info.timeUnit, provenances().name(info.provenance), info.notes, info.dataSha256),
            what);
        int ord = 0;
        for (const auto& a : info.arms)
            m_db.query(
                "INSERT INTO arm(study, ord, code, label, dose, dose_unit, colour) "
                "VALUES($1, $2, $3, $4, $5, $6, $7)",
                PgParams(info.id, ++ord, a.code, a.label, a.dose, a.doseUnit, a.colour), what);
        ord = 0;
        for (const auto& f : info.populationFlags)
            m_db.query("INSERT INTO population_flag(study, ord, name) VALUES($1, $2, $3)", PgParams(info.id, ++ord, f),
                       what);
    } catch (...) {
        sink->abandon();
        throw;
    }
    return sink;
}

bool PgStore::deleteStudy(const std::string& id) {
    const std::string what = "cannot delete study " + id;
    m_db.resume();
    m_db.exec("BEGIN", what);
    try {
        m_db.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", PgParams(id), what);
        if (access(id) == "absent") {
            m_db.exec("ROLLBACK", what);
            return false;
        }
        requireWrite(id, "delete");
        const bool removed = deleteRows(m_db, id, what);
        m_db.query("DELETE FROM study_grant WHERE study = $1", PgParams(id), what);
        m_db.exec("COMMIT", what);
        return removed;
    } catch (...) {
        m_db.execQuietly();
        throw;
    }
}

void PgStore::beginBatch() {
    m_db.resume();
    m_db.exec("BEGIN", "cannot write to the library");
}
void PgStore::commitBatch(const std::string& what) { m_db.exec("COMMIT", what); }
void PgStore::rollbackBatch() noexcept { m_db.execQuietly(); }

}  // namespace ts
