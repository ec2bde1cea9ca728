// Store faults through the CLI: the process SIGKILLed mid-import, a full disk, a read-only store, a
// store locked by another writer, a damaged store. Each gives a clear one-line message (or, for the
// kill, a store that opens clean) and loses nothing that was there.
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <csignal>
#include <random>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "big_study.h"
#include "cli_process.h"
#include "core/store/store.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using ts::test::ScratchDir;

namespace {

// The first row of `sql` (with ?1 bound to `arg` when given) as text, through a plain SQLite
// connection; empty when the query fails.
std::vector<std::string> firstRow(const fs::path& db, const char* sql, const std::string* arg = nullptr) {
    std::vector<std::string> row;
    sqlite3* raw = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_open(db.c_str(), &raw) == SQLITE_OK && sqlite3_prepare_v2(raw, sql, -1, &st, nullptr) == SQLITE_OK &&
        (!arg || sqlite3_bind_text(st, 1, arg->c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK) &&
        sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < sqlite3_column_count(st); ++i) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
            row.emplace_back(text ? text : "");
        }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return row;
}

// PRAGMA integrity_check's first answer: "ok" when the file is sound.
std::string integrity(const fs::path& db) {
    const auto row = firstRow(db, "PRAGMA integrity_check");
    return row.empty() ? "no answer" : row[0];
}

// Rows of `study` in the subject, tte, lab and subject_var tables, counted by plain SQL so that
// every round of the kill test checks the whole study cheaply.
std::vector<std::string> rowCounts(const fs::path& db, const std::string& study) {
    return firstRow(
        db,
        "SELECT (SELECT count(*) FROM subject WHERE study = ?1), (SELECT count(*) FROM tte WHERE study = ?1),"
        " (SELECT count(*) FROM lab WHERE study = ?1), (SELECT count(*) FROM subject_var WHERE study = ?1)",
        &study);
}

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// A store (by default dir/t.db) with the small study S1 imported through the CLI.
fs::path storeWithS1(const ScratchDir& dir, fs::path db = {}) {
    if (db.empty()) db = dir.path() / "t.db";
    writeGoodStudy(dir.path() / "S1");
    const auto r = runCli({"--db", db.string(), "import", (dir.path() / "S1").string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    return db;
}

void checkS1(const ts::Store& store) {
    auto s1 = store.loadStudy("S1");
    REQUIRE(s1);
    CHECK(s1->subjects.size() == 3);
    CHECK(s1->tte.size() == 3);
}

}  // namespace

TEST_CASE("SIGKILL at random points of an import leaves all of a study or none", "[faults][kill]") {
    ScratchDir dir;
    const fs::path db = storeWithS1(dir);
    // Two versions of study BIG told apart by size, so a replaced study is told from its replacement.
    constexpr int base = 8000;
    const fs::path versions[] = {dir.path() / "BIG-a", dir.path() / "BIG-b"};
    writeBigStudy(versions[0], base);
    writeBigStudy(versions[1], base + 1);
    // Calibrate: one whole import, timed; the kills then land anywhere in [0, 1.2 x that time].
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(runCli({"--db", db.string(), "import", versions[0].string()}).status == 0);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::mt19937 rng(20240607);
    std::uniform_real_distribution<double> delay(0.0, 1.2 * seconds);
    int killed = 0;
    for (int round = 0; round < 20; ++round) {
        const pid_t pid = startCli({"--db", db.string(), "import", versions[round % 2].string()});
        std::this_thread::sleep_for(std::chrono::duration<double>(delay(rng)));
        killed += kill(pid, SIGKILL) == 0 && waitCli(pid) == -1;
        INFO("round " << round);
        REQUIRE(integrity(db) == "ok");
        // BIG was imported whole before the kills: the old or the new version is there, entirely.
        const auto counts = rowCounts(db, "BIG");
        REQUIRE(counts.size() == 4);
        std::array<long, 4> n{};
        for (int i = 0; i < 4; ++i) n[i] = std::stol(counts[i]);
        CHECK((n[0] == base || n[0] == base + 1));
        CHECK(n[1] == 2 * n[0]);
        CHECK(n[2] == 5 * n[0]);
        CHECK(n[3] == 5 * n[0]);
        CHECK(rowCounts(db, "S1") == std::vector<std::string>{"3", "3", "0", "12"});
    }
    // The test means something only if most kills interrupted a running import.
    CHECK(killed >= 10);
    // And the store opens normally afterwards, with both studies whole.
    auto store = ts::Store::open(db);
    checkS1(store);
    auto big = store.loadStudy("BIG");
    REQUIRE(big);
    CHECK(big->tte.size() == 2 * big->subjects.size());
}

TEST_CASE("a full disk during an import: clear message, store unchanged", "[faults][disk]") {
    ScratchDir dir;
    const fs::path big = dir.path() / "BIG";
    writeBigStudy(big, 8000);
    // The import fails part way; the message says why, and the store keeps exactly what it had.
    const auto importFails = [&](const fs::path& db, const CliLimits& limits, const std::string& reason) {
        const std::string before = storeBytes(db);
        const auto r = runCli({"--db", db.string(), "import", big.string()}, limits);
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(oneLine(r.err));
        CHECK_THAT(r.err, StartsWith("trialscope-cli: " + db.string() + ": ") && Contains(reason));
        CHECK(storeBytes(db) == before);
        CHECK(integrity(db) == "ok");
        checkS1(ts::Store::open(db));
    };
    SECTION("the file size limit (RLIMIT_FSIZE) stops the store growing") {
        // SQLite reports a write refused with EFBIG as an I/O error (SQLITE_IOERR_WRITE).
        const fs::path db = storeWithS1(dir);
        importFails(db, CliLimits{false, static_cast<long>(fs::file_size(db)) + 64 * 1024},
                    "cannot write study BIG: input/output error");
    }
    SECTION("a 1 MB tmpfs fills up (needs root to mount; skipped otherwise)") {
        const fs::path disk = dir.path() / "disk";
        fs::create_directories(disk);
        if (mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=1m") != 0) {
            WARN("cannot mount a tmpfs here (not root?): only the file-size-limit variant ran");
            return;
        }
        struct Unmount {
            fs::path at;
            ~Unmount() { umount2(at.c_str(), MNT_DETACH); }
        } unmount{disk};
        importFails(storeWithS1(dir, disk / "t.db"), {}, "cannot write study BIG: the disk is full");
    }
}

TEST_CASE("a read-only store: clear message, nothing written", "[faults][readonly]") {
    ScratchDir dir;
    const fs::path db = storeWithS1(dir);
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const std::string before = storeBytes(db);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--db", db.string(), "import", (dir.path() / "S1").string()}, {"--db", db.string(), "delete", "S1"}}) {
        const auto r = runCli(args, CliLimits{true, std::nullopt});
        INFO(r.err);
        CHECK(r.status == 1);
        CHECK(oneLine(r.err));
        CHECK_THAT(r.err, StartsWith("trialscope-cli: " + db.string() + ": ") && Contains("read-only"));
    }
    CHECK(storeBytes(db) == before);
}

TEST_CASE("a store locked by another writer: clear message, then the import works", "[faults][lock]") {
    ScratchDir dir;
    const fs::path db = storeWithS1(dir);
    const std::string before = storeBytes(db);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    writeGoodStudy(dir.path() / "S2");
    writeBytes(dir.path() / "S2" / "adsl.csv", "STUDYID,USUBJID\nS2,V1\n");
    fs::remove(dir.path() / "S2" / "adtte.csv");
    const auto r = runCli({"--db", db.string(), "import", (dir.path() / "S2").string()});
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(r.status == 1);
    CHECK(oneLine(r.err));
    CHECK_THAT(r.err, StartsWith("trialscope-cli: " + db.string() + ": ") && Contains("locked"));
    CHECK(storeBytes(db) == before);
    CHECK(runCli({"--db", db.string(), "import", (dir.path() / "S2").string()}).status == 0);
}

TEST_CASE("a damaged store: clear message, no crash, file untouched", "[faults][corrupt]") {
    ScratchDir dir;
    const fs::path db = storeWithS1(dir);
    std::string bytes = readBytes(db);
    REQUIRE(bytes.size() >= 4 * 4096);
    // Page 3 onward (schema tables and data) overwritten; the header page stays valid.
    for (std::size_t i = 2 * 4096; i < bytes.size(); i += 7) bytes[i] = static_cast<char>(0xA5);
    writeBytes(db, bytes);
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"--db", db.string(), "studies"},
                                               {"--db", db.string(), "import", (dir.path() / "S1").string()},
                                               {"--db", db.string(), "km", "--study", "S1", "--endpoint", "OS"}}) {
        const auto r = runCli(args);
        INFO(args[2] << ": " << r.err);
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(oneLine(r.err));
        CHECK_THAT(r.err, StartsWith("trialscope-cli: " + db.string() + ": ") && Contains("corrupted"));
    }
    CHECK(readBytes(db) == bytes);
}
