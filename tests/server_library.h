#pragma once
// The team library of one server test: a fresh database on the test cluster (tests/server/
// cluster.sh, started by CTest's "server" fixture, which sets TRIALSCOPE_TEST_PG_HOST to its socket
// folder), dropped at the end. Roles are the cluster's, so a test that needs a viewer makes it here.
#include <string>

namespace ts::test {

class ServerLibrary {
public:
    // Creates the database; `init` also makes the library in it (trialscope-cli init as `owner`).
    explicit ServerLibrary(bool init = true);
    ~ServerLibrary();
    ServerLibrary(const ServerLibrary&) = delete;
    ServerLibrary& operator=(const ServerLibrary&) = delete;

    // The URI of the database for `role`.
    std::string uri(const std::string& role = owner()) const;
    // The owner of every test library: a role without superuser rights, as a department's would be.
    static std::string owner() { return "ts_owner"; }
    // Makes a login role (no rights) if the cluster has none of that name.
    static void makeRole(const std::string& role);
    // Runs SQL on the database as the cluster's superuser.
    void superuser(const std::string& sql) const;
    // Restarts the server (every connection is cut).
    static void restartServer();

private:
    std::string m_database;
};

}  // namespace ts::test
