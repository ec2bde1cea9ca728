#pragma once
// One libpq connection to a team library (internal to core/store). Every value goes to the server
// as a bound parameter or as a COPY row, never spliced into SQL; results come back as text (bytea as
// binary). Errors become a StoreError: one line naming the library and what failed.
#include <charconv>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ts {

// The rows of one query, walked with next(); the accessors mirror Statement's.
class PgRows {
public:
    explicit PgRows(pg_result* result);
    PgRows(PgRows&& other) noexcept;
    PgRows& operator=(PgRows&&) = delete;
    ~PgRows();

    int size() const;
    bool next();
    std::string text(int col) const;
    double real(int col) const;
    std::int64_t integer(int col) const;
    std::optional<double> optReal(int col) const;
    std::optional<int> optInt(int col) const;
    bool isNull(int col) const;
    std::span<const std::uint8_t> blob(int col) const;  // a bytea of a binary-format query

private:
    pg_result* m_result;
    int m_row = -1;
};

// Query parameters as text (nullopt is SQL NULL), bytes (a bytea) in binary format.
class PgParams {
public:
    template <class... T>
    explicit PgParams(const T&... values) {
        (add(values), ...);
        m_binary.resize(m_values.size(), 0);
    }
    const std::vector<std::optional<std::string>>& values() const { return m_values; }
    const std::vector<int>& binary() const { return m_binary; }  // 1 where a value is bytes

private:
    void add(const std::vector<std::uint8_t>& bytes) {
        m_binary.resize(m_values.size(), 0);
        m_binary.push_back(1);
        m_values.emplace_back(std::string(bytes.begin(), bytes.end()));
    }
    void add(std::string_view v) { m_values.emplace_back(std::string(v)); }
    void add(const std::string& v) { m_values.emplace_back(v); }
    void add(const char* v) { m_values.emplace_back(std::string(v)); }
    void add(std::int64_t v) { m_values.emplace_back(std::to_string(v)); }
    void add(int v) { m_values.emplace_back(std::to_string(v)); }
    void add(double v);
    void add(std::nullopt_t) { m_values.emplace_back(std::nullopt); }
    template <class T>
    void add(const std::optional<T>& v) {
        if (v) add(*v);
        else add(std::nullopt);
    }
    std::vector<std::optional<std::string>> m_values;
    std::vector<int> m_binary;
};

class PgConnection {
public:
    // Connects (libpq's URI, .pgpass, service files, PG* variables); `location` names the library in
    // messages. Sets the search path to the library's schema.
    PgConnection(const std::string& uri, std::string location);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    const std::string& location() const { return m_location; }
    // False once the server has gone (a restart, a network cut): the next resume() reconnects.
    bool lost() const;
    // Reconnects a lost connection (and sets the session up again); StoreError when the server is
    // still away. Call only between transactions: a lost transaction is lost, never resumed.
    void resume();
    void exec(std::string_view sql, std::string_view what);
    PgRows query(std::string_view sql, const PgParams& params, std::string_view what, bool binary = false);
    // COPY ... FROM STDIN of `rows` (COPY's text format, see PgCopyRow).
    void copy(std::string_view sql, const std::string& rows, std::string_view what);
    // Runs SQL whose failure changes nothing for the caller (a ROLLBACK on a connection that may be
    // gone, an optional index summary); never throws.
    void execQuietly(std::string_view sql = "ROLLBACK") noexcept;

private:
    [[noreturn]] void fail(std::string_view what, pg_result* result) const;
    void setUp();
    pg_conn* m_conn = nullptr;
    std::string m_location;
};

// Appends one row of COPY's text format: fields separated by tabs, NULL as \N, the row ended by a
// newline; backslash, tab, newline and carriage return escaped.
class PgCopyRow {
public:
    explicit PgCopyRow(std::string& out) : m_out(out) {}
    ~PgCopyRow() { m_out += '\n'; }
    PgCopyRow(const PgCopyRow&) = delete;
    PgCopyRow& operator=(const PgCopyRow&) = delete;

    template <class... T>
    void fields(const T&... values) {
        (field(values), ...);
    }

private:
    void separate() {
        if (m_first) m_first = false;
        else m_out += '\t';
    }
    void field(std::string_view v);
    void field(const std::string& v) { field(std::string_view(v)); }
    void field(const char* v) { field(std::string_view(v)); }
    void field(double v);
    void field(std::int64_t v);
    void field(int v) { field(static_cast<std::int64_t>(v)); }
    void field(bool v) { field(static_cast<std::int64_t>(v ? 1 : 0)); }
    void field(std::nullopt_t) {
        separate();
        m_out += "\\N";
    }
    template <class T>
    void field(const std::optional<T>& v) {
        if (v) field(*v);
        else field(std::nullopt);
    }
    std::string& m_out;
    bool m_first = true;
};

// The URI without its password (userinfo's or a password= parameter's): what messages name.
std::string redactedUri(const std::string& uri);

}  // namespace ts
