#include "tests/server_library.h"

#include <atomic>
#include <cstdlib>
#include <libpq-fe.h>
#include <stdexcept>
#include <unistd.h>

#include "core/store/store.h"

namespace ts::test {

namespace {

std::string host() {
    // The build's cluster (tests/CMakeLists.txt), unless the environment names another.
    const char* h = std::getenv("TRIALSCOPE_TEST_PG_HOST");
    return h && *h ? h : TRIALSCOPE_TEST_PG_HOST;
}

std::string uriOf(const std::string& role, const std::string& database) {
    return "postgresql://" + role + "@/" + database + "?host=" + host();
}

void run(const std::string& database, const std::string& sql) {
    PGconn* c = PQconnectdb(uriOf("postgres", database).c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        const std::string why = PQerrorMessage(c);
        PQfinish(c);
        throw std::runtime_error("test cluster: " + why);
    }
    PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(c, sql.c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    const std::string why = ok ? "" : PQresultErrorMessage(r);
    PQclear(r);
    PQfinish(c);
    if (!ok) throw std::runtime_error("test cluster: " + sql + ": " + why);
}

}  // namespace

void ServerLibrary::makeRole(const std::string& role) {
    // Role names here are the tests' own identifiers.
    run("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role +
                        "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
}

ServerLibrary::ServerLibrary(bool init) {
    static std::atomic<int> counter{0};
    m_database = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    makeRole(owner());
    run("postgres", "CREATE DATABASE " + m_database + " OWNER " + owner());
    if (init) Store::init(uri());
}

ServerLibrary::~ServerLibrary() {
    try {
        run("postgres", "DROP DATABASE IF EXISTS " + m_database + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster goes at the end of the run whatever is left in it.
    }
}

std::string ServerLibrary::uri(const std::string& role) const { return uriOf(role, m_database); }

void ServerLibrary::superuser(const std::string& sql) const { run(m_database, sql); }

void ServerLibrary::restartServer() {
    const std::string command = "sh '" TRIALSCOPE_SOURCE_DIR "/tests/server/cluster.sh' restart '" + host() + "'";
    if (std::system(command.c_str()) != 0) throw std::runtime_error("test cluster: cannot restart the server");
}

}  // namespace ts::test
