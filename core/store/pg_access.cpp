// Per-study access on the team library: the grants table read through its own row-level security
// (a role sees its own grants), and PostgreSQL's table privileges kept in step with the grants: a
// role with a write grant may write the library's tables; the row-level security policies
// (pg_schema.cpp) narrow reading and writing to its studies.
#include <functional>

#include "core/store/pg_store.h"

namespace ts {

std::string PgStore::access(const std::string& id) const {
    const std::string what = "cannot read the library";
    if (m_owner) return hasStudy(id) ? "owner" : "absent";
    PgRows grants =
        m_db.query("SELECT bool_or(access = 'write'), count(*) FROM study_grant WHERE study = $1", PgParams(id), what);
    if (!grants.next() || grants.integer(1) == 0) return "none";
    return grants.text(0) == "t" ? "write" : "read";
}

void PgStore::requireWrite(const std::string& id, const std::string& verb) const {
    const std::string a = access(id);
    if (a == "owner" || a == "write" || (a == "absent" && m_owner)) return;
    throw StoreError(m_location.string() + ": role " + m_role + " may not " + verb + " study " + id +
                     (a == "read" ? " (it has read access only)" : " (it has no access to it)"));
}

namespace {

// Gives `role` the write privileges its grants call for, or takes them away (reading needs none:
// every role may SELECT, row-level security shows it its studies).
void syncPrivileges(PgConnection& db, const std::string& role, const std::string& what) {
    PgRows g = db.query("SELECT count(*) FROM study_grant WHERE role = $1 AND access = 'write'", PgParams(role), what);
    const bool write = g.next() && g.integer(0) > 0;
    // Identifiers cannot be bound: format() quotes the role name on the server (%I).
    auto run = [&db, &role, &what](const char* statement) {
        PgRows sql = db.query(std::string("SELECT format('") + statement + "', $1::text)", PgParams(role), what);
        if (sql.next()) db.exec(sql.text(0), what);
    };
    if (write) {
        run("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA trialscope TO %I");
        run("REVOKE INSERT, UPDATE, DELETE ON trialscope.migration, trialscope.study_grant FROM %I");
        run("GRANT USAGE ON ALL SEQUENCES IN SCHEMA trialscope TO %I");
    } else {
        run("REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA trialscope FROM %I");
        run("REVOKE USAGE ON ALL SEQUENCES IN SCHEMA trialscope FROM %I");
    }
}

}  // namespace

// The owner's change of `role`'s grants, in one transaction with the privileges that follow from them.
void PgStore::changeGrants(const std::string& what, const std::string& role, const std::function<void()>& change) {
    if (!m_owner)
        throw StoreError(m_location.string() + ": " + what + ": only the library's owner, not role " + m_role +
                         ", grants and revokes");
    m_db.resume();
    m_db.exec("BEGIN", what);
    try {
        change();
        syncPrivileges(m_db, role, what);
        m_db.exec("COMMIT", what);
    } catch (...) {
        m_db.execQuietly();
        throw;
    }
}

void PgStore::grant(const std::string& id, const std::string& role, StudyAccess level) {
    const std::string what = "cannot grant study " + id + " to role " + role;
    changeGrants(what, role, [&] {
        if (m_db.query("SELECT 1 FROM pg_roles WHERE rolname = $1", PgParams(role), what).size() == 0)
            throw StoreError(m_location.string() + ": " + what + ": there is no role " + role);
        // A write grant may come before the study (the role then imports it); a read grant may not.
        if (level == StudyAccess::Read && !hasStudy(id))
            throw StoreError(m_location.string() + ": " + what + ": there is no study " + id);
        m_db.query(
            "INSERT INTO study_grant(study, role, access) VALUES($1, $2, $3) "
            "ON CONFLICT (study, role) DO UPDATE SET access = EXCLUDED.access",
            PgParams(id, role, level == StudyAccess::Write ? "write" : "read"), what);
    });
}

void PgStore::revoke(const std::string& id, const std::string& role) {
    const std::string what = "cannot revoke study " + id + " from role " + role;
    changeGrants(what, role, [&] {
        if (m_db.query("DELETE FROM study_grant WHERE study = $1 AND role = $2 RETURNING study", PgParams(id, role),
                       what)
                .size() == 0)
            throw StoreError(m_location.string() + ": " + what + ": the role has no grant on the study");
    });
}

}  // namespace ts
