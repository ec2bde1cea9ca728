#pragma once
// The team library of one server test: a fresh database on the test cluster (tests/server/
// cluster.sh, started by CTest's "server" fixture, which sets TRIALSCOPE_TEST_PG_HOST to its socket
// folder), dropped at the end. Roles are the cluster's, so a test that needs a viewer makes it here.
#include <string>

namespace ts::test {

// A cluster of one test's own (tests/server/cluster.sh in a scratch folder), for what would
// disturb the other tests on the shared one: restarting the server.
class PrivateCluster {
public:
    PrivateCluster();
    ~PrivateCluster();
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;
    const std::string& host() const { return m_host; }
    // Restarts the server (every connection is cut); halt() stops it, resume() starts it again.
    void restart() const;
    void halt() const;
    void resume() const;

private:
    std::string m_host;
};

class ServerLibrary {
public:
    // Creates the database on the shared test cluster, or on the one whose socket folder is `host`,
    // and makes the library in it (trialscope-cli init as `owner`).
    explicit ServerLibrary(const std::string& host = "");
    ~ServerLibrary();
    ServerLibrary(const ServerLibrary&) = delete;
    ServerLibrary& operator=(const ServerLibrary&) = delete;

    // The URI of the database for `role`.
    std::string uri(const std::string& role = owner()) const;
    // The owner of every test library: a role without superuser rights, as a department's would be.
    static std::string owner() { return "ts_owner"; }
    // Makes a login role (no rights) if the cluster has none of that name.
    void makeRole(const std::string& role) const;
    // Runs SQL on the database as the cluster's superuser; the first row's first value ("" when none).
    std::string superuser(const std::string& sql) const;

private:
    std::string m_host;
    std::string m_database;
};

}  // namespace ts::test
