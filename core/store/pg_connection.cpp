#include "core/store/pg_connection.h"

#include <array>
#include <cmath>
#include <libpq-fe.h>
#include <utility>

#include "core/store/store.h"

namespace ts {

namespace {

// libpq's messages span lines ("ERROR: ...\nDETAIL: ..."): the first line, without "ERROR:  ".
std::string firstLine(const char* message) {
    std::string m = message ? message : "";
    if (m.starts_with("ERROR:  ")) m.erase(0, 8);
    if (m.starts_with("FATAL:  ")) m.erase(0, 8);
    const std::size_t end = m.find('\n');
    if (end != std::string::npos) m.erase(end);
    return m.empty() ? std::string("no answer from the server") : m;
}

// Shortest text that reads back as the same double (what PostgreSQL's float8 output also gives).
std::string shortest(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
    std::array<char, 32> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    return std::string(buf.data(), ec == std::errc() ? end : buf.data());
}

double parseReal(const char* text) {
    const std::string_view s(text);
    if (s == "NaN") return std::nan("");
    if (s == "Infinity") return HUGE_VAL;
    if (s == "-Infinity") return -HUGE_VAL;
    double v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

}  // namespace

PgRows::PgRows(pg_result* result) : m_result(result) {}
PgRows::PgRows(PgRows&& other) noexcept : m_result(std::exchange(other.m_result, nullptr)), m_row(other.m_row) {}
PgRows::~PgRows() { PQclear(m_result); }

int PgRows::size() const { return PQntuples(m_result); }
bool PgRows::next() { return ++m_row < PQntuples(m_result); }
bool PgRows::isNull(int col) const { return PQgetisnull(m_result, m_row, col) == 1; }
std::string PgRows::text(int col) const {
    return std::string(PQgetvalue(m_result, m_row, col), static_cast<std::size_t>(PQgetlength(m_result, m_row, col)));
}
double PgRows::real(int col) const { return isNull(col) ? 0.0 : parseReal(PQgetvalue(m_result, m_row, col)); }
std::int64_t PgRows::integer(int col) const {
    std::int64_t v = 0;
    const std::string s = text(col);
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}
std::optional<double> PgRows::optReal(int col) const {
    if (isNull(col)) return std::nullopt;
    return real(col);
}
std::optional<int> PgRows::optInt(int col) const {
    if (isNull(col)) return std::nullopt;
    return static_cast<int>(integer(col));
}
std::span<const std::uint8_t> PgRows::blob(int col) const {
    return {reinterpret_cast<const std::uint8_t*>(PQgetvalue(m_result, m_row, col)),
            static_cast<std::size_t>(PQgetlength(m_result, m_row, col))};
}

void PgParams::add(double v) { m_values.emplace_back(shortest(v)); }

PgConnection::PgConnection(const std::string& uri, std::string location) : m_location(std::move(location)) {
    // The URI's own settings win over these defaults: an unreachable server is reported after 10 s,
    // not the system's TCP timeout, and the server's activity views name the program.
    const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {"10", "trialscope", uri.c_str(), nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = firstLine(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw StoreError(m_location + ": cannot connect to the team library: " + why);
    }
    setUp();
}

void PgConnection::setUp() {
    // The server's notices ("relation already exists, skipping") are not the user's business.
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
    // Text results in the server's shortest exact float form, times in UTC, the library's schema.
    // Sorting a large study's rows by seq in memory (64 MB) rather than through temporary files.
    exec(
        "SET extra_float_digits = 1; SET TimeZone = 'UTC'; SET search_path = trialscope, pg_catalog; "
        "SET work_mem = '64MB'",
        "cannot open the team library");
}

bool PgConnection::lost() const { return PQstatus(m_conn) != CONNECTION_OK; }

void PgConnection::resume() {
    if (!lost()) return;
    PQreset(m_conn);
    if (lost())
        throw StoreError(m_location + ": the connection to the server was lost and cannot be made again: " +
                         firstLine(PQerrorMessage(m_conn)));
    setUp();
}

PgConnection::~PgConnection() { PQfinish(m_conn); }

void PgConnection::fail(std::string_view what, pg_result* result) const {
    std::string why = firstLine(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (result && why == "no answer from the server") why = firstLine(PQerrorMessage(m_conn));
    PQclear(result);
    if (PQstatus(m_conn) == CONNECTION_BAD) why = "the connection to the server was lost (" + why + ")";
    throw StoreError(m_location + ": " + std::string(what) + ": " + why);
}

void PgConnection::exec(std::string_view sql, std::string_view what) {
    pg_result* r = PQexec(m_conn, std::string(sql).c_str());
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) fail(what, r);
    PQclear(r);
}

PgRows PgConnection::query(std::string_view sql, const PgParams& params, std::string_view what, bool binary) {
    std::vector<const char*> values;
    std::vector<int> lengths;
    for (const auto& v : params.values()) {
        values.push_back(v ? v->data() : nullptr);
        lengths.push_back(v ? static_cast<int>(v->size()) : 0);
    }
    pg_result* r = PQexecParams(m_conn, std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                                values.data(), lengths.data(), params.binary().data(), binary ? 1 : 0);
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) fail(what, r);
    return PgRows(r);
}

void PgConnection::copy(std::string_view sql, const std::string& rows, std::string_view what) {
    pg_result* r = PQexec(m_conn, std::string(sql).c_str());
    if (PQresultStatus(r) != PGRES_COPY_IN) fail(what, r);
    PQclear(r);
    if (PQputCopyData(m_conn, rows.data(), static_cast<int>(rows.size())) != 1 || PQputCopyEnd(m_conn, nullptr) != 1)
        fail(what, nullptr);
    r = PQgetResult(m_conn);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        while (pg_result* more = PQgetResult(m_conn)) PQclear(more);
        fail(what, r);
    }
    PQclear(r);
    while (pg_result* more = PQgetResult(m_conn)) PQclear(more);
}

void PgConnection::execQuietly(std::string_view sql) noexcept {
    if (PQstatus(m_conn) != CONNECTION_OK) return;
    PQclear(PQexec(m_conn, std::string(sql).c_str()));
}

void PgCopyRow::field(std::string_view v) {
    separate();
    for (char c : v) {
        switch (c) {
        case '\\': m_out += "\\\\"; break;
        case '\t': m_out += "\\t"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        default: m_out += c;
        }
    }
}

void PgCopyRow::field(double v) {
    separate();
    m_out += shortest(v);
}

void PgCopyRow::field(std::int64_t v) {
    separate();
    std::array<char, 24> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    if (ec == std::errc()) m_out.append(buf.data(), end);
}

std::string redactedUri(const std::string& uri) {
    std::string out = uri;
    if (!isServerLocation(uri)) return out;  // a file path, shown as it is
    const std::size_t scheme = out.find("://");
    // user:password@ before the host
    const std::size_t start = scheme + 3;
    const std::size_t hostEnd = std::min(out.find_first_of("/?", start), out.size());
    const std::size_t userEnd = out.rfind('@', hostEnd);
    if (userEnd != std::string::npos && userEnd >= start) {
        const std::size_t colon = out.find(':', start);
        if (colon != std::string::npos && colon < userEnd) out.erase(colon, userEnd - colon);
    }
    // password=... among the parameters
    const std::size_t question = out.find('?');
    if (question == std::string::npos) return out;
    std::string kept;
    for (std::size_t at = question + 1; at <= out.size();) {
        const std::size_t end = std::min(out.find('&', at), out.size());
        const std::string_view param(out.data() + at, end - at);
        if (!param.empty() && !param.starts_with("password=")) kept.append(kept.empty() ? "" : "&").append(param);
        at = end + 1;
    }
    out.erase(question);
    if (!kept.empty()) out += "?" + kept;
    return out;
}

}  // namespace ts
