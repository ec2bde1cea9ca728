#include "core/store/sqlite_store.h"

#include <cctype>
#include <cstdlib>
#include <sqlite3.h>
#include <system_error>
#include <unistd.h>
#include <utility>

#include "core/store/row_range.h"
#include "core/store/schema.h"
#include "core/store/sqlite_error.h"
#include "core/store/statement.h"

namespace ts {

namespace {

// Long enough to ride out another process's import commit, short enough to report a stuck lock.
constexpr int kBusyTimeoutMs = 3000;

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};

// A store file may come from anywhere: SQLite's advice for untrusted databases ("defensive" mode,
// b-tree cells checked as they are read) costs nothing measurable here.
void harden(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

}  // namespace

std::unique_ptr<SqliteStore> SqliteStore::open(const std::filesystem::path& file) {
    sqlite3* raw = nullptr;
    // NOMUTEX: a Store is never used by two threads at once (see store.h), so SQLite's per-call
    // connection mutex is pure overhead (about 20 calls per imported row).
    int rc =
        sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<sqlite3, DbCloser> db(raw);
    if (rc != SQLITE_OK) throwSqlite(raw, rc, file, "cannot open the store");
    sqlite3_extended_result_codes(raw, 1);
    // SQLite silently falls back to read-only on a write-protected file; the store must be writable.
    if (sqlite3_db_readonly(raw, "main") == 1)
        throw StoreError(file.string() + ": cannot open the store: the file is read-only");
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    harden(raw);
    restoreDumpedHeader(raw, file);  // `.dump` and restore drop the two pragmas, nothing else
    checkCompatible(raw, file);      // before any write: a foreign file must stay untouched
    // The page cache stays at SQLite's 2 MiB for reads (a packed column is read once, and caching
    // its pages only doubled the memory of a large analysis); a study's import raises it.
    execSql(raw, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", file,
            "cannot open the store");
    migrate(raw, file);
    return std::make_unique<SqliteStore>(db.release(), file);
}

namespace {

// `file` as an SQLite URI with immutable=1: every byte outside the unreserved set and '/' escaped.
std::string immutableUri(const std::filesystem::path& file) {
    std::string uri = "file:";
    const std::string path = std::filesystem::absolute(file).string();
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            static const char* hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri + "?immutable=1";
}

// Opens read-only; the first read tells whether the WAL index could be made.
std::unique_ptr<sqlite3, DbCloser> openReadOnly(const std::string& name, int extraFlags,
                                                const std::filesystem::path& file) {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(name.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | extraFlags, nullptr);
    std::unique_ptr<sqlite3, DbCloser> db(raw);
    if (rc != SQLITE_OK) throwSqlite(raw, rc, file, "cannot open the store");
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    harden(raw);
    return db;
}

}  // namespace

std::unique_ptr<SqliteStore> SqliteStore::openForReading(const std::filesystem::path& file) {
    // Where the file and its folder can be written, the usual open: on close it folds and removes
    // the WAL, which a read-only connection must leave behind.
    const std::filesystem::path folder = std::filesystem::absolute(file).parent_path();
    if (::access(file.c_str(), R_OK | W_OK) == 0 && ::access(folder.c_str(), W_OK | X_OK) == 0) return open(file);
    auto db = openReadOnly(file.string(), 0, file);
    const int probe = sqlite3_exec(db.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if ((probe & 0xFF) == SQLITE_READONLY || (probe & 0xFF) == SQLITE_CANTOPEN)
        db = openReadOnly(immutableUri(file), SQLITE_OPEN_URI, file);
    checkCompatible(db.get(), file);
    const int version = schemaVersionOf(db.get(), file);
    if (version == 0) throw StoreError(file.string() + ": the store is empty (import a study into it first)");
    if (version < latestSchemaVersion())
        throw StoreError(file.string() + ": the store has schema " + std::to_string(version) +
                         " and needs upgrading to " + std::to_string(latestSchemaVersion()) +
                         ", which writes to it: import into it, or open it in the viewer, where it is writable");
    return std::make_unique<SqliteStore>(db.release(), file);
}

SqliteStore::~SqliteStore() { sqlite3_close(m_db); }

int SqliteStore::schemaVersion() const { return schemaVersionOf(m_db, m_file); }

long long SqliteStore::dataVersion() const {
    Statement st(m_db, "PRAGMA data_version", m_file);
    st.query();
    const long long v = st.next() ? st.integer(0) : 0;
    while (st.next()) {}
    return v;
}

void SqliteStore::checkIntegrity(const std::atomic<bool>* stop) const { ts::checkIntegrity(m_db, m_file, stop); }

bool SqliteStore::hasStudy(const std::string& id) const {
    Statement st(m_db, "SELECT 1 FROM study WHERE id = ?", m_file);
    bool found = st.query(id).next();
    while (st.next()) {}
    return found;
}

bool SqliteStore::deleteStudy(const std::string& id) {
    execSql(m_db, "BEGIN IMMEDIATE", m_file, "cannot delete study " + id);
    try {
        const bool removed = deleteStudyRows(m_db, m_file, id);
        execSql(m_db, "COMMIT", m_file, "cannot delete study " + id);
        return removed;
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void SqliteStore::beginBatch() { execSql(m_db, "BEGIN IMMEDIATE", m_file, "cannot write to the store"); }

void SqliteStore::commitBatch(const std::string& what) { execSql(m_db, "COMMIT", m_file, what); }

void SqliteStore::rollbackBatch() noexcept { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }

namespace {

[[noreturn]] void noGrants(const std::filesystem::path& file, const std::string& what) {
    throw StoreError(file.string() + ": " + what +
                     ": per-study access needs a team library on PostgreSQL (--db postgresql://...)");
}

}  // namespace

void SqliteStore::grant(const std::string& id, const std::string& role, StudyAccess) {
    noGrants(m_file, "cannot grant study " + id + " to role " + role);
}

void SqliteStore::revoke(const std::string& id, const std::string& role) {
    noGrants(m_file, "cannot revoke study " + id + " from role " + role);
}

}  // namespace ts
