// Store: bad files (read-only, corrupted, foreign, newer, locked) raise StoreError naming the file.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/store/schema.h"
#include "core/store/store.h"
#include "store_fixture.h"

using namespace ts;
using Catch::Matchers::Contains;
using ts::test::sampleStudy;
using ts::test::ScratchDir;

namespace {

void writeFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

void rawExec(const std::filesystem::path& file, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

std::string openError(const std::filesystem::path& file) {
    try {
        Store::open(file);
    } catch (const StoreError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("a new store gets the latest schema", "[store]") {
    ScratchDir dir;
    Store store = Store::open(dir.file("new.db"));
    CHECK(store.schemaVersion() == latestSchemaVersion());
    CHECK(store.schemaVersion() == 8);
    CHECK(store.path() == dir.file("new.db"));
}

TEST_CASE("an older store is migrated forward and keeps its data", "[store]") {
    ScratchDir dir;
    auto file = dir.file("old.db");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        migrate(db, file, 1);
        REQUIRE(
            sqlite3_exec(db,
                         "INSERT INTO study(id, title, time_unit, provenance) VALUES('OLD', 't', 'days', 'original');"
                         "INSERT INTO tte(study, usubjid, paramcd, param, aval, cnsr, provenance) "
                         "VALUES('OLD', 'S1', 'PFS', 'Progression', 3, 0, 'original'),"
                         "      ('OLD', 'S1', 'OS', 'Survival', 5, 1, 'original');"
                         "INSERT INTO lab(study, usubjid, paramcd, param) VALUES('OLD', 'S1', 'ALT', 'ALT');",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    Store store = Store::open(file);
    CHECK(store.schemaVersion() == 8);
    auto list = store.studies();
    REQUIRE(list.size() == 1);
    CHECK(list[0].endpoints == std::vector<std::string>{"PFS", "OS"});
    CHECK(list[0].labParams == std::vector<std::string>{"ALT"});
    CHECK(store.loadStudy("OLD")->tte.size() == 2);
    CHECK(store.loadStudy("OLD")->labs.at(0).byVisit);   // v3 default for records stored before it
    CHECK(list[0].info.dataSha256.empty());              // v7: imported before fingerprints
    CHECK(store.loadStudy("OLD")->info.labels.empty());  // v8: imported before labels were kept
}

TEST_CASE("a store from a newer program is refused", "[store]") {
    ScratchDir dir;
    auto file = dir.file("future.db");
    Store::open(file).importStudy(sampleStudy("S"));
    rawExec(file, "PRAGMA user_version = 99");
    CHECK_THAT(openError(file), Contains(file.string()) && Contains("newer"));
}

TEST_CASE("another application's database is refused untouched", "[store]") {
    ScratchDir dir;
    auto file = dir.file("other.db");
    rawExec(file, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    const std::string bytes = test::readBytes(file);
    CHECK_THAT(openError(file), Contains(file.string()) && Contains("not a TrialScope store"));
    CHECK(test::readBytes(file) == bytes);
}

TEST_CASE("a file that is not a database gives a StoreError", "[store]") {
    ScratchDir dir;
    auto file = dir.file("junk.db");
    writeFile(file, std::string(8192, 'x'));
    CHECK_THAT(openError(file), Contains(file.string()) && Contains("corrupted"));
    CHECK(test::readBytes(file) == std::string(8192, 'x'));
}

TEST_CASE("a damaged store gives a StoreError", "[store]") {
    ScratchDir dir;
    auto file = dir.file("damaged.db");
    {
        Store store = Store::open(file);
        StudyData d = sampleStudy("S");
        d.labs.resize(3000, d.labs[0]);
        store.importStudy(d);
    }
    std::string bytes = test::readBytes(file);
    REQUIRE(bytes.size() > 20 * 4096);
    // Overwrite the middle pages (b-tree pages of the lab table) with garbage.
    for (size_t k = 8 * 4096; k < 16 * 4096; ++k) bytes[k] = static_cast<char>(k * 7);
    writeFile(file, bytes);
    // Opening reads only the schema; the whole-file check (trialscope-cli check, the viewer's
    // background check, before a migration) and every read of a damaged page say so.
    auto failure = [&](auto&& action) -> std::string {
        try {
            Store store = Store::open(file);
            action(store);
        } catch (const StoreError& e) {
            return e.what();
        }
        return "(no error)";
    };
    CHECK_THAT(failure([](Store& s) { s.checkIntegrity(); }), Contains(file.string()) && Contains("corrupt"));
    CHECK_THAT(failure([](Store& s) { s.loadStudy("S"); }), Contains(file.string()) && Contains("corrupt"));
    // A check asked to stop (the viewer closing) stops before it reaches the damage, without error;
    // the same connection then checks in full again.
    const std::atomic<bool> stop{true}, go{false};
    CHECK(failure([&](Store& s) { s.checkIntegrity(&stop); }) == "(no error)");
    CHECK_THAT(failure([&](Store& s) {
                   s.checkIntegrity(&stop);
                   s.checkIntegrity(&go);
               }),
               Contains("corrupt"));
}

TEST_CASE("a missing directory gives a StoreError", "[store]") {
    ScratchDir dir;
    auto file = dir.file("no/such/dir/t.db");
    CHECK_THAT(openError(file), Contains(file.string()) && Contains("cannot open"));
}

TEST_CASE("a read-only store gives a StoreError", "[store]") {
    ScratchDir dir;
    auto file = dir.file("ro.db");
    Store::open(file).importStudy(sampleStudy("S"));
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
    // Root ignores file modes: check in a child that drops to an unprivileged user.
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (geteuid() == 0 && setuid(65534) != 0) _exit(3);
        try {
            Store::open(file);
        } catch (const StoreError& e) {
            _exit(std::string(e.what()).find("read-only") != std::string::npos ? 0 : 2);
        }
        _exit(1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a store locked by another writer gives a StoreError after the busy timeout", "[store]") {
    ScratchDir dir;
    auto file = dir.file("locked.db");
    Store store = Store::open(file);
    store.importStudy(sampleStudy("S"));
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    try {
        store.importStudy(sampleStudy("T"));
        FAIL("import should have failed");
    } catch (const StoreError& e) {
        CHECK_THAT(e.what(), Contains(file.string()) && Contains("locked"));
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    store.importStudy(sampleStudy("T"));
    CHECK(store.studies().size() == 2);
}

TEST_CASE("defaultPath follows XDG_DATA_HOME and creates the directory", "[store]") {
    ScratchDir dir;
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    setenv("XDG_DATA_HOME", dir.path().c_str(), 1);
    auto p = Store::defaultPath();
    if (old) setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else unsetenv("XDG_DATA_HOME");
    CHECK(p == dir.path() / "TrialScope" / "trialscope.db");
    CHECK(std::filesystem::is_directory(dir.path() / "TrialScope"));
}
