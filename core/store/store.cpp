#include "core/store/store.h"

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

Store Store::open(const std::filesystem::path& file) {
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
    return Store(db.release(), file);
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

Store Store::openForReading(const std::filesystem::path& file) {
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
    return Store(db.release(), file);
}

std::filesystem::path Store::defaultPath() {
    std::filesystem::path dir;
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && std::filesystem::path(xdg).is_absolute()) {
        dir = xdg;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home) throw StoreError("trialscope.db: cannot locate the per-user store: HOME is not set");
        dir = std::filesystem::path(home) / ".local" / "share";
    }
    dir /= "TrialScope";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw StoreError(dir.string() + ": cannot create the store directory: " + ec.message());
    return dir / "trialscope.db";
}

Store::Store(sqlite3* db, std::filesystem::path file) : m_db(db), m_file(std::move(file)) {}

Store::Store(Store&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_file(std::move(other.m_file)),
      m_batch(std::exchange(other.m_batch, false)),
      m_batchStudies(std::move(other.m_batchStudies)) {}

Store& Store::operator=(Store&& other) noexcept {
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_file = std::move(other.m_file);
        m_batch = std::exchange(other.m_batch, false);
        m_batchStudies = std::move(other.m_batchStudies);
    }
    return *this;
}

Store::~Store() { sqlite3_close(m_db); }

const std::filesystem::path& Store::path() const { return m_file; }

int Store::schemaVersion() const { return schemaVersionOf(m_db, m_file); }

long long Store::dataVersion() const {
    Statement st(m_db, "PRAGMA data_version", m_file);
    st.query();
    const long long v = st.next() ? st.integer(0) : 0;
    while (st.next()) {}
    return v;
}

void Store::checkIntegrity() const { ts::checkIntegrity(m_db, m_file); }

bool Store::hasStudy(const std::string& id) const {
    Statement st(m_db, "SELECT 1 FROM study WHERE id = ?", m_file);
    bool found = st.query(id).next();
    while (st.next()) {}
    return found;
}

bool Store::deleteStudy(const std::string& id) {
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

}  // namespace ts

namespace ts {

StoreBatch Store::beginBatch() {
    if (m_batch) throw StoreError(m_file.string() + ": a batch of imports is already open");
    execSql(m_db, "BEGIN IMMEDIATE", m_file, "cannot write to the store");
    m_batch = true;
    m_batchStudies.clear();
    return StoreBatch(this);
}

StoreBatch::StoreBatch(StoreBatch&& other) noexcept : m_store(std::exchange(other.m_store, nullptr)) {}

StoreBatch::~StoreBatch() {
    if (!m_store || !m_store->m_batch) return;
    sqlite3_exec(m_store->m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_store->m_batch = false;
}

void StoreBatch::commit() {
    if (!m_store || !m_store->m_batch) throw StoreError("the batch of imports was already committed");
    const auto& ids = m_store->m_batchStudies;
    std::string what = ids.size() == 1 ? "cannot write study " : "cannot write studies ";
    for (std::size_t i = 0; i < ids.size(); ++i) what += (i ? ", " : "") + ids[i];
    execSql(m_store->m_db, "COMMIT", m_store->m_file, ids.empty() ? "cannot write to the store" : what);
    m_store->m_batch = false;
}

}  // namespace ts
