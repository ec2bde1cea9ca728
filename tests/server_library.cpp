#include "tests/server_library.h"

#include <atomic>
#include <cstdlib>
#include <libpq-fe.h>
#include <stdexcept>
#include <unistd.h>

#include "core/store/store.h"

namespace ts::test {

namespace {

std::string sharedHost() {
    // The build's cluster (tests/CMakeLists.txt), unless the environment names another.
    const char* h = std::getenv("TRIALSCOPE_TEST_PG_HOST");
    return h && *h ? h : TRIALSCOPE_TEST_PG_HOST;
}

std::string uriOf(const std::string& host, const std::string& role, const std::string& database) {
    return "postgresql://" + role + "@/" + database + "?host=" + host;
}

std::string run(const std::string& host, const std::string& database, const std::string& sql) {
    PGconn* c = PQconnectdb(uriOf(host, "postgres", database).c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string why = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("test cluster: " + why);
    }
    PQsetNoticeProcessor(
        c, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(c, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    const std::string why = ok ? "" : PQresultErrorMessage(r);
    const std::string first = ok && PQntuples(r) > 0 && PQnfields(r) > 0 ? PQgetvalue(r, 0, 0) : "";
    PQclear(r);
    PQfinish(c);
    if (!ok) throw std::runtime_error("test cluster: " + sql + ": " + why);
    return first;
}

void cluster(const std::string& command, const std::string& host) {
    const std::string line = "sh '" TRIALSCOPE_SOURCE_DIR "/tests/server/cluster.sh' " + command + " '" + host + "'";
    if (std::system(line.c_str()) != 0) throw std::runtime_error("test cluster: cannot " + command + " " + host);
}

}  // namespace

PrivateCluster::PrivateCluster() {
    static std::atomic<int> counter{0};
    m_host = "/tmp/trialscope-pg-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    cluster("start", m_host);
}

PrivateCluster::~PrivateCluster() {
    try {
        cluster("stop", m_host);
    } catch (const std::exception&) {
        // Nothing more to do in a destructor; the folder is in /tmp.
    }
}

void PrivateCluster::restart() const { cluster("restart", m_host); }
void PrivateCluster::halt() const { cluster("halt", m_host); }
void PrivateCluster::resume() const { cluster("resume", m_host); }

void ServerLibrary::makeRole(const std::string& role) const {
    // Role names here are the tests' own identifiers. Roles are the cluster's: tests running side by
    // side take a lock to make one.
    run(m_host, "postgres",
        "DO $$ BEGIN PERFORM pg_advisory_xact_lock(20261203); IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" +
            role + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
}

ServerLibrary::ServerLibrary(const std::string& host) : m_host(host.empty() ? sharedHost() : host) {
    static std::atomic<int> counter{0};
    m_database = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    makeRole(owner());
    run(m_host, "postgres", "CREATE DATABASE " + m_database + " OWNER " + owner());
    Store::init(uri());
}

ServerLibrary::~ServerLibrary() {
    try {
        run(m_host, "postgres", "DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster goes at the end of the run whatever is left in it.
    }
}

std::string ServerLibrary::uri(const std::string& role) const { return uriOf(m_host, role, m_database); }

std::string ServerLibrary::superuser(const std::string& sql) const { return run(m_host, m_database, sql); }

}  // namespace ts::test
