#include "core/store/statement.h"

#include <sqlite3.h>
#include <string>

#include "core/store/sqlite_error.h"

namespace ts {

Statement::Statement(sqlite3* db, std::string_view sql, const std::filesystem::path& file) : m_db(db), m_file(file) {
    int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) throwSqlite(db, rc, file, "cannot prepare a query");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::check(int rc, std::string_view what) const {
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, m_file, what);
}

// run() binds text and blobs with SQLITE_STATIC: it binds and steps to completion in one call, so the
// bytes outlive their use and SQLite need not copy them (a measurable gain on bulk inserts). query()
// has SQLite copy them (SQLITE_TRANSIENT): its rows are read by later calls, after the caller's
// values may be gone, and SQLite may read a bound value again on any step (a fuzzed store with
// a damaged index made it read one that was out of scope).
void Statement::bind(int i, std::string_view v) {
    check(sqlite3_bind_text(m_stmt, i, v.data(), static_cast<int>(v.size()), m_copy ? SQLITE_TRANSIENT : SQLITE_STATIC),
          "cannot bind a value");
}
void Statement::bind(int i, double v) { check(sqlite3_bind_double(m_stmt, i, v), "cannot bind a value"); }
void Statement::bind(int i, std::int64_t v) { check(sqlite3_bind_int64(m_stmt, i, v), "cannot bind a value"); }
void Statement::bind(int i, std::nullopt_t) { check(sqlite3_bind_null(m_stmt, i), "cannot bind a value"); }
void Statement::bind(int i, std::span<const std::uint8_t> v) {
    check(sqlite3_bind_blob64(m_stmt, i, v.data(), v.size(), m_copy ? SQLITE_TRANSIENT : SQLITE_STATIC),
          "cannot bind a value");
}

void Statement::reset() { sqlite3_reset(m_stmt); }

void Statement::stepDone() {
    int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) throwSqlite(m_db, rc, m_file, "cannot write");
}

bool Statement::next() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE) throwSqlite(m_db, rc, m_file, "cannot read");
    return false;
}

std::string Statement::text(int col) const {
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string();
}
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }
std::span<const std::uint8_t> Statement::blob(int col) const {
    auto p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
    return p ? std::span<const std::uint8_t>(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col)))
             : std::span<const std::uint8_t>();
}
std::int64_t Statement::integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::optional<double> Statement::optReal(int col) const {
    if (isNull(col)) return std::nullopt;
    return real(col);
}
std::optional<int> Statement::optInt(int col) const {
    if (isNull(col)) return std::nullopt;
    return static_cast<int>(integer(col));
}

void execSql(sqlite3* db, std::string_view sql, const std::filesystem::path& file, std::string_view what) {
    std::string s(sql);
    int rc = sqlite3_exec(db, s.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throwSqlite(db, rc, file, what);
}

}  // namespace ts
