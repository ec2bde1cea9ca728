// Team library faults, on the test cluster (tests/server_library.h): the CLI SIGKILLed mid-import,
// two imports at once (different studies both land, one study's serialise), the server restarted
// under a reader and under a writer. Each leaves all of a study or none.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <thread>

#include "big_study.h"
#include "cli_process.h"
#include "core/store/store.h"
#include "tests/scratch_dir.h"
#include "tests/server_library.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using Catch::Matchers::Contains;
using ts::test::ScratchDir;
using ts::test::ServerLibrary;

namespace {

// Rows of `study` in subject and tte, and its lab records (from whole blocks of 23 packed lab
// columns; -1 for a broken block), as the superuser counts them (row-level security aside).
std::vector<long> rowCounts(const ServerLibrary& library, const std::string& study) {
    std::vector<long> n;
    for (const char* table : {"subject", "tte"})
        n.push_back(std::stol(library.superuser(std::string("SELECT count(*) FROM trialscope.") + table +
                                                " WHERE study = '" + study + "'")));
    n.push_back(std::stol(library.superuser(
        "SELECT CASE WHEN count(*) % 23 = 0 THEN coalesce(sum(rows), 0) / 23 ELSE -1 END FROM trialscope.column_cache "
        "WHERE kind = 'lab' AND study = '" +
        study + "'")));
    return n;
}

// A whole version of generated study `id` (writeBigStudy): `subjects` subjects, 2 records each
// in ADTTE, 5 in ADLB.
void checkWhole(const ServerLibrary& library, const std::string& id, std::initializer_list<long> versions) {
    const auto n = rowCounts(library, id);
    CHECK(std::find(versions.begin(), versions.end(), n[0]) != versions.end());
    CHECK(n[1] == 2 * n[0]);
    CHECK(n[2] == 5 * n[0]);
}

}  // namespace

TEST_CASE("SIGKILL at random points of an import into the team library leaves all of a study or none",
          "[faults][kill][server]") {
    ServerLibrary library;
    ScratchDir dir;
    constexpr int base = 8000;
    const fs::path versions[] = {dir.path() / "BIG-a", dir.path() / "BIG-b"};
    writeBigStudy(versions[0], base);
    writeBigStudy(versions[1], base + 1);
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(runCli({"--db", library.uri(), "import", versions[0].string()}).status == 0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::mt19937 rng(20261203);
    std::uniform_real_distribution<double> delay(0.0, 1.2 * seconds);
    int killed = 0;
    for (int round = 0; round < 10; ++round) {
        const pid_t pid = startCli({"--db", library.uri(), "import", versions[round % 2].string()});
        std::this_thread::sleep_for(std::chrono::duration<double>(delay(rng)));
        killed += kill(pid, SIGKILL) == 0 && waitCli(pid) == -1;
        INFO("round " << round);
        // The server notices the cut connection and rolls its transaction back; wait for that.
        for (int wait = 0; wait < 100 && library.superuser("SELECT count(*) FROM pg_stat_activity WHERE "
                                                           "datname = current_database() AND pid <> "
                                                           "pg_backend_pid()") != "0";
             ++wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        checkWhole(library, "BIG", {base, base + 1});
    }
    CHECK(killed >= 5);
    const ts::Store store = ts::Store::open(library.uri());
    REQUIRE(store.studies().size() == 1);
    auto big = store.loadStudy("BIG");
    REQUIRE(big);
    CHECK(big->tte.size() == 2 * big->subjects.size());
}

TEST_CASE("two imports at once: different studies both land, one study's serialise whole",
          "[faults][concurrent][server]") {
    ServerLibrary library;
    ScratchDir dir;
    writeBigStudy(dir.path() / "A", 6000, "ALPHA");
    writeBigStudy(dir.path() / "B", 6001, "BETA");
    writeBigStudy(dir.path() / "B2", 6002, "BETA");
    SECTION("different studies") {
        const pid_t a = startCli({"--db", library.uri(), "import", (dir.path() / "A").string()});
        const pid_t b = startCli({"--db", library.uri(), "import", (dir.path() / "B").string()});
        CHECK(waitCli(a) == 0);
        CHECK(waitCli(b) == 0);
        checkWhole(library, "ALPHA", {6000});
        checkWhole(library, "BETA", {6001});
        CHECK(ts::Store::open(library.uri()).studies().size() == 2);
    }
    SECTION("the same study twice") {
        const pid_t a = startCli({"--db", library.uri(), "import", (dir.path() / "B").string()});
        const pid_t b = startCli({"--db", library.uri(), "import", (dir.path() / "B2").string()});
        CHECK(waitCli(a) == 0);
        CHECK(waitCli(b) == 0);
        // One import, then the other, never a mixture: one version's rows, whole.
        checkWhole(library, "BETA", {6001, 6002});
        const std::string copies = library.superuser(
            "SELECT count(*) FROM trialscope.column_cache WHERE study = 'BETA' AND kind = 'subjects'");
        CHECK(copies == "1");
    }
}

TEST_CASE("a server restart: a reader reconnects, a writer's study is rolled back whole", "[faults][restart][server]") {
    const ts::test::PrivateCluster cluster;  // restarting the shared one would cut the other tests
    ServerLibrary library(cluster.host());
    ScratchDir dir;
    writeBigStudy(dir.path() / "S", 500, "SMALL");
    REQUIRE(runCli({"--db", library.uri(), "import", (dir.path() / "S").string()}).status == 0);
    ts::Store store = ts::Store::open(library.uri());
    const auto before = store.loadStudy("SMALL");
    REQUIRE(before);

    SECTION("a read after the restart reconnects and reads the same") {
        cluster.restart();
        const auto after = store.loadStudy("SMALL");
        REQUIRE(after);
        CHECK(after->subjects.size() == before->subjects.size());
        CHECK(after->labs.size() == before->labs.size());
        CHECK(store.studies().size() == 1);
    }
    SECTION("a write cut by the restart fails in one line; the old study stays") {
        ts::StudyData changed = *before;
        changed.labs.resize(10);
        ts::StudyWriter w = store.replaceStudy(changed.info);
        for (const auto& s : changed.subjects) w.subject(s);
        cluster.restart();
        for (const auto& r : changed.labs) w.lab(r);
        try {
            w.commit();
            FAIL("the commit went through a restart");
        } catch (const ts::StoreError& e) {
            CHECK_THAT(e.what(), Contains("cannot write study SMALL") && Contains("connection"));
            CHECK(std::string(e.what()).find('\n') == std::string::npos);
        }
        checkWhole(library, "SMALL", {500});
        CHECK(store.loadStudy("SMALL")->labs.size() == before->labs.size());
    }
}
