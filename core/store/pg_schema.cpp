// The team library's schema on PostgreSQL, as ordered migrations (as schema.cpp is for SQLite):
// migration k brings the library from version k-1 to k, in the owner's transaction, recorded in
// table `migration`. A new schema change is a new entry at the end, never an edit of an old one.
#include <string>
#include <string_view>
#include <vector>

#include "core/store/lab_columns.h"
#include "core/store/pg_store.h"
#include "core/store/record_columns.h"

namespace ts {

namespace {

// Version 1: the tables of schema.cpp's SQLite store at its version 7, in PostgreSQL's types. A
// study's rows keep their written order in `seq`. The big tables have no foreign key (a per-row
// check would double a COPY's cost): PgStore deletes a study's rows by study id, found through a
// block-range (BRIN) index on the study, which the reads use too (sorting by seq). study.change takes a new number from change_seq on every write of
// the study: what dataVersion() polls.
//
// Access: the owner (the role that created the schema) bypasses row-level security. Any other role
// sees the rows of the studies study_grant grants it or a group role it is a member of (policy
// *_read), and writes those granted 'write' (policy *_write); study_grant itself shows a role only
// its own grants. Every role of the database may read the tables (and so sees an empty library
// until a study is granted to it); `trialscope-cli grant --access write` adds INSERT, UPDATE, DELETE.
constexpr std::string_view kV1 = R"sql(
CREATE SCHEMA trialscope;
CREATE TABLE trialscope.migration(version integer PRIMARY KEY, applied_at text NOT NULL);
CREATE SEQUENCE trialscope.change_seq;
CREATE TABLE trialscope.study(
  id text PRIMARY KEY, title text, citation text, doi text, registry text, design text, population text,
  time_unit text, provenance text, notes text, imported_at text, data_sha256 text NOT NULL DEFAULT '',
  change bigint NOT NULL DEFAULT nextval('trialscope.change_seq'));
CREATE TABLE trialscope.arm(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, ord integer NOT NULL,
  code text, label text, dose double precision, dose_unit text, colour text, PRIMARY KEY(study, ord));
CREATE TABLE trialscope.population_flag(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, ord integer NOT NULL, name text,
  PRIMARY KEY(study, ord));
CREATE TABLE trialscope.dataset(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, domain text NOT NULL,
  provenance text NOT NULL, rows bigint NOT NULL, PRIMARY KEY(study, domain, provenance));
CREATE TABLE trialscope.study_param(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, kind text NOT NULL,
  ord integer NOT NULL, paramcd text NOT NULL, param text, PRIMARY KEY(study, kind, ord));
CREATE TABLE trialscope.column_cache(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, kind text NOT NULL, name text NOT NULL,
  ord bigint NOT NULL, label text, rows bigint NOT NULL, data bytea NOT NULL, PRIMARY KEY(study, kind, name));
CREATE TABLE trialscope.subject(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, usubjid text NOT NULL);
CREATE TABLE trialscope.subject_var(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, usubjid text NOT NULL, name text NOT NULL,
  value text);
CREATE TABLE trialscope.tte(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, usubjid text, paramcd text, param text,
  aval double precision, cnsr integer, provenance text);
CREATE TABLE trialscope.lab(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, usubjid text, paramcd text, param text, unit text,
  avisit text, avisitn double precision, ady double precision, aval double precision, base double precision,
  chg double precision, lo double precision, hi double precision, provenance text, by_visit integer NOT NULL,
  baseline integer NOT NULL, derived integer NOT NULL, adt text, anrind text, bnrind text, grade_high integer,
  grade_low integer, base_grade_high integer, base_grade_low integer);
CREATE TABLE trialscope.ae(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, usubjid text, bodsys text, decod text,
  severity text, toxgr integer, related text, serious integer, trtemfl integer, provenance text, astdt text,
  aendt text, astdy double precision, aendy double precision, action text, death integer, outcome text);
CREATE TABLE trialscope.lab_summary(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, arm text, paramcd text, param text, unit text,
  visit text, visitn double precision, time double precision, n double precision, mean double precision,
  sd double precision, se double precision, median double precision, q1 double precision, q3 double precision,
  min double precision, max double precision, change integer, provenance text, source text);
CREATE TABLE trialscope.ae_count(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, arm text, soc text, term text, grade integer,
  related text, subjects integer, events integer, serious integer, provenance text, source text);
CREATE TABLE trialscope.surv_point(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, arm text, endpoint text, time double precision,
  surv double precision, n_risk integer, provenance text, source text);
CREATE TABLE trialscope.baseline_cell(
  seq bigint GENERATED ALWAYS AS IDENTITY, study text NOT NULL, characteristic text, arm text, value text,
  statistic text, ord integer, provenance text, source text);
CREATE TABLE trialscope.study_grant(
  study text NOT NULL, role name NOT NULL, access text NOT NULL CHECK (access IN ('read', 'write')),
  PRIMARY KEY(study, role));
ALTER TABLE trialscope.study_grant ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_grants ON trialscope.study_grant FOR SELECT
  USING (role IN (SELECT rolname FROM pg_catalog.pg_roles WHERE pg_catalog.pg_has_role(oid, 'MEMBER')));
GRANT USAGE ON SCHEMA trialscope TO PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA trialscope TO PUBLIC;
)sql";

// The tables holding a study's rows: the column naming the study, and whether it is a big table
// of rows in written order (indexed on (study, seq)).
struct StudyTable {
    const char* name;
    const char* key;
    bool ordered;
};
constexpr StudyTable kStudyTables[] = {
    {"study", "id", false},      {"arm", "study", false},         {"population_flag", "study", false},
    {"dataset", "study", false}, {"study_param", "study", false}, {"column_cache", "study", false},
    {"subject", "study", true},  {"subject_var", "study", true},  {"tte", "study", true},
    {"lab", "study", true},      {"ae", "study", true},           {"lab_summary", "study", true},
    {"ae_count", "study", true}, {"surv_point", "study", true},   {"baseline_cell", "study", true}};

// A study table's index and its row-level security: read where granted, write where granted 'write'.
std::string studyTableAccess(const StudyTable& t) {
    std::string sql;
    const std::string table = std::string("trialscope.") + t.name;
    const std::string key = t.key;
    // A block-range index on the study: a study's rows sit in the pages its COPY filled, so a
    // few bytes per 32 pages find them; a btree (study, seq) doubled the cost of an import.
    if (t.ordered)
        sql += std::string("CREATE INDEX ") + t.name + "_study ON " + table +
               " USING brin(study) WITH (pages_per_range = 32, autosummarize = on);\n";
    sql += "ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY;\n";
    sql += std::string("CREATE POLICY ") + t.name + "_read ON " + table + " FOR SELECT USING (" + key +
           " IN (SELECT g.study FROM trialscope.study_grant g));\n";
    const std::string writable = key + " IN (SELECT g.study FROM trialscope.study_grant g WHERE g.access = 'write')";
    sql += std::string("CREATE POLICY ") + t.name + "_write ON " + table + " FOR ALL USING (" + writable +
           ") WITH CHECK (" + writable + ");\n";
    return sql;
}

std::string v1() {
    std::string sql(kV1);
    for (const StudyTable& t : kStudyTables) sql += studyTableAccess(t);
    return sql;
}

// Version 2: the labels of each study's dataset variables (schema.cpp's version 8), with the same
// access as the study's other rows. Roles granted 'write' before it get write access to it too.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE trialscope.variable_label(
  study text NOT NULL REFERENCES trialscope.study(id) ON DELETE CASCADE, dataset text NOT NULL, name text NOT NULL,
  label text NOT NULL, PRIMARY KEY(study, dataset, name));
GRANT SELECT ON trialscope.variable_label TO PUBLIC;
DO $$
DECLARE r name;
BEGIN
  FOR r IN SELECT DISTINCT g.role FROM trialscope.study_grant g JOIN pg_catalog.pg_roles p ON p.rolname = g.role
           WHERE g.access = 'write' LOOP
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON trialscope.variable_label TO %I', r);
  END LOOP;
END $$;
)sql";

std::string v2() { return std::string(kV2) + studyTableAccess({"variable_label", "study", false}); }

// Version 3: lab records as packed columns (lab_columns.h; PgStore::packLabRows moves the rows of
// an older library first), the lab table gone. The packed columns are stored uncompressed: pglz
// spent longer on 10^6 codes than the COPY, and a read of a head (substring) then reads only it.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE trialscope.column_cache ALTER COLUMN data SET STORAGE EXTERNAL;
DROP TABLE trialscope.lab;
)sql";

const std::vector<std::string>& migrations() {
    static const std::vector<std::string> all{v1(), v2(), std::string(kV3)};
    return all;
}

// Serialises inits and migrations of one database (any 64-bit number of our own: "TSc1").
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(1414746929)";

}  // namespace

int PgStore::latestSchema() { return static_cast<int>(migrations().size()); }

void PgStore::packLabRows() {
    const std::string what = "cannot upgrade the team library to schema 3";
    std::vector<std::string> studies;
    for (PgRows r = m_db.query("SELECT DISTINCT study FROM trialscope.lab", PgParams(), what); r.next();)
        studies.push_back(r.text(0));
    for (const std::string& id : studies) {
        LabColumnsBuilder labs;
        PgRows r =
            m_db.query("SELECT " + std::string(kLabColumns) + " FROM trialscope.lab WHERE study = $1 ORDER BY seq",
                       PgParams(id), what);
        for (bool more = r.next(); more;) {
            labs.add(labOf(r));
            more = r.next();
            if (labs.full() || !more)
                for (const PackedColumn& c : labs.takeBlock()) insertPacked(m_db, id, c, what);
        }
    }
}

void PgStore::migrate(Open mode, int target) {
    const std::string latest = std::to_string(migrations().size());
    m_db.exec("BEGIN", "cannot open the team library");
    try {
        m_db.exec(kSchemaLock, "cannot open the team library");
        PgRows schema = m_db.query(
            "SELECT pg_get_userbyid(n.nspowner), pg_has_role(n.nspowner, 'USAGE'), "
            "(SELECT to_regclass('trialscope.migration') IS NOT NULL) FROM pg_namespace n WHERE nspname = 'trialscope'",
            PgParams(), "cannot open the team library");
        int version = 0;
        bool owner = true;
        std::string ownerName;
        if (schema.next()) {
            ownerName = schema.text(0);
            owner = schema.text(1) == "t";
            if (schema.text(2) != "t")
                throw StoreError(m_location.string() +
                                 ": schema trialscope of this database is not a TrialScope library");
            PgRows v = m_db.query("SELECT coalesce(max(version), 0) FROM trialscope.migration", PgParams(),
                                  "cannot open the team library");
            version = v.next() ? static_cast<int>(v.integer(0)) : 0;
        } else if (mode == Open::Use) {
            throw StoreError(m_location.string() +
                             ": no TrialScope library in this database: its owner makes one with "
                             "trialscope-cli --db URI init");
        }
        if (version > static_cast<int>(migrations().size()))
            throw StoreError(m_location.string() + ": the library was written by a newer TrialScope (schema " +
                             std::to_string(version) + "); this program reads up to schema " + latest);
        if (!owner && (mode == Open::Init || version < static_cast<int>(migrations().size())))
            throw StoreError(m_location.string() + ": only the library's owner, role " + ownerName +
                             (mode == Open::Init ? ", can run init" : ", can upgrade it to schema " + latest));
        for (; version < target; ++version) {
            if (version + 1 == 3) packLabRows();
            m_db.exec(migrations()[static_cast<std::size_t>(version)], "cannot make the team library");
            m_db.query(
                "INSERT INTO trialscope.migration(version, applied_at) "
                "VALUES($1, to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
                PgParams(version + 1), "cannot make the team library");
        }
        m_db.exec("COMMIT", "cannot open the team library");
        m_owner = owner;
    } catch (...) {
        m_db.execQuietly();
        throw;
    }
}

std::unique_ptr<PgStore> PgStore::open(const std::string& uri, Open mode, int target) {
    auto store = std::make_unique<PgStore>(uri);
    PgRows role = store->m_db.query("SELECT current_user", PgParams(), "cannot open the team library");
    store->m_role = role.next() ? role.text(0) : "";
    store->migrate(mode, target);
    return store;
}

int PgStore::schemaVersion() const {
    PgRows v = m_db.query("SELECT coalesce(max(version), 0) FROM migration", PgParams(), "cannot read the library");
    return v.next() ? static_cast<int>(v.integer(0)) : 0;
}

}  // namespace ts
