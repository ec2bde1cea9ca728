#pragma once
// A prepared SQLite statement (internal to core/store). Values are always bound, never spliced
// into SQL. run(args...) binds, steps to completion and resets, so one statement serves a whole
// bulk insert; query(args...) binds and then next() walks the rows.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ts {

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql, const std::filesystem::path& file);
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    template <class... T>
    void run(const T&... values) {
        m_copy = false;
        bindAll(values...);
        stepDone();
    }
    template <class... T>
    Statement& query(const T&... values) {
        reset();  // a previous query may have stopped before its last row
        m_copy = true;
        bindAll(values...);
        return *this;
    }
    bool next();  // true while a row is available; resets itself at the end

    std::string text(int col) const;
    double real(int col) const;
    std::int64_t integer(int col) const;
    std::optional<double> optReal(int col) const;
    std::optional<int> optInt(int col) const;
    // The bytes of a BLOB column, valid until the next next() or query().
    std::span<const std::uint8_t> blob(int col) const;
    bool isNull(int col) const;

private:
    // Every parameter is bound on every use, so old bindings need no clearing; run() leaves the
    // statement reset after each step, so a bulk insert costs one reset per row.
    template <class... T>
    void bindAll(const T&... values) {
        int i = 0;
        (bind(++i, values), ...);
    }
    void bind(int i, std::string_view v);
    void bind(int i, const std::string& v) { bind(i, std::string_view(v)); }
    void bind(int i, const char* v) { bind(i, std::string_view(v)); }
    void bind(int i, double v);
    void bind(int i, std::int64_t v);
    void bind(int i, int v) { bind(i, static_cast<std::int64_t>(v)); }
    void bind(int i, bool v) { bind(i, static_cast<std::int64_t>(v ? 1 : 0)); }
    void bind(int i, std::nullopt_t);
    void bind(int i, std::span<const std::uint8_t> v);  // a BLOB
    template <class T>
    void bind(int i, const std::optional<T>& v) {
        if (v) bind(i, *v);
        else bind(i, std::nullopt);
    }
    void check(int rc, std::string_view what) const;
    void stepDone();
    void reset();

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::filesystem::path m_file;
    bool m_copy = false;  // bind text and blobs as copies (query) or in place (run)
};

// Runs SQL without parameters (DDL, BEGIN/COMMIT). Throws StoreError naming `what`.
void execSql(sqlite3* db, std::string_view sql, const std::filesystem::path& file, std::string_view what);

}  // namespace ts
