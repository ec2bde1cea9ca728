// Issue 12: outputs. An export never allocates what an absurd size would need, and a file is
// written beside its destination and renamed over it, so a failure leaves the old file whole.
#include <catch2/catch.hpp>

#include "cli_process.h"
#include "import_fixture.h"
#include "study_folder.h"

namespace fs = std::filesystem;
using namespace ts::fault;

TEST_CASE("an export of 1000 x 1000 mm at 1200 dpi is refused up front in bounded memory", "[faults][round3]") {
    ImportFixture s;
    const fs::path out = s.dir.path() / "huge.png";
    CliLimits limits;
    limits.maxMemoryBytes = 600L << 20;  // the 2.2-gigapixel image once took 8.8 GB
    const auto r = runCli({"--db", s.db.string(), "export", "--study", "S1", "--view", "km", "--out", out.string(),
                           "--width-mm", "1000", "--height-mm", "1000", "--dpi", "1200"},
                          limits);
    CHECK(r.status == 2);
    CHECK(r.err ==
          "trialscope-cli: a PNG of 47244 x 47244 pixels (2232 megapixels) is too large (at most 120): lower the DPI "
          "or the size, or export PDF or SVG\n");
    CHECK_FALSE(fs::exists(out));
    // The same page as a vector file is fine.
    const auto pdf = runCli({"--db", s.db.string(), "export", "--study", "S1", "--view", "km", "--out",
                             (s.dir.path() / "huge.pdf").string(), "--width-mm", "1000", "--height-mm", "1000"},
                            limits);
    INFO(pdf.err);
    CHECK(pdf.status == 0);
}

TEST_CASE("an export that fails mid-write leaves the previous file whole and no scraps", "[faults][round3]") {
    ImportFixture s;
    const fs::path folder = s.dir.path() / "figures";
    fs::create_directories(folder);
    // A PNG: the vector files of this figure are smaller than the limit the store itself needs; they
    // are written by the same QSaveFile path.
    for (const char* name : {"km.png", "wide.png"}) {
        const fs::path out = folder / name;
        writeBytes(out, "the figure of last week");
        CliLimits limits;
        limits.maxFileBytes = 40'000;  // room for the store's shared-memory index, not for the figure
        const auto r = runCli({"--db", s.db.string(), "export", "--study", "S1", "--view", "km", "--out", out.string(),
                               "--dpi", "600", "--width-mm", "250", "--height-mm", "250"},
                              limits);
        INFO(name << ": " << r.err);
        CHECK(r.status == 1);
        CHECK(readBytes(out) == "the figure of last week");
    }
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++files;
    CHECK(files == 2);
}

TEST_CASE("a store in a read-only folder, or write-protected, can still be read", "[faults][round3]") {
    ImportFixture s;
    const fs::path folder = s.dir.path() / "shelf", db = folder / "team.db";
    fs::create_directories(folder);
    fs::copy_file(s.db, db);
    namespace p = std::filesystem;
    fs::permissions(s.dir.path(), p::perms::owner_all | p::perms::group_read | p::perms::group_exec |
                                      p::perms::others_read | p::perms::others_exec);
    fs::permissions(db, p::perms::owner_read | p::perms::group_read | p::perms::others_read);
    CliLimits nobody;
    nobody.unprivileged = true;  // root would ignore the modes
    auto reads = [&] {
        const auto list = runCli({"--db", db.string(), "studies"}, nobody);
        INFO(list.err);
        CHECK(list.status == 0);
        CHECK_THAT(list.out, Catch::Contains("\"study\":\"S1\""));
        const auto km = runCli({"--db", db.string(), "km", "--study", "S1"}, nobody);
        CHECK(km.status == 0);
        const auto del = runCli({"--db", db.string(), "delete", "S1"}, nobody);
        CHECK(del.status == 1);
        CHECK(del.err == "trialscope-cli: " + db.string() + ": cannot open the store: the file is read-only\n");
    };
    SECTION("the file write-protected in a writable folder") {
        fs::permissions(folder, p::perms::all);
        reads();
    }
    SECTION("the folder read-only (no WAL index can be made beside the file)") {
        fs::permissions(folder, p::perms::owner_read | p::perms::owner_exec | p::perms::group_read |
                                    p::perms::group_exec | p::perms::others_read | p::perms::others_exec);
        reads();
        CHECK_FALSE(fs::exists(db.string() + "-shm"));
        fs::permissions(folder, p::perms::owner_all);  // so the scratch folder can be removed
    }
}

TEST_CASE("a store copied by .dump and restore, or by the backup API, answers as the original", "[faults][round3]") {
    ImportFixture s;
    const fs::path restored = s.dir.path() / "restored.db", copy = s.dir.path() / "copy.db";
    const std::string db = s.db.string();
    REQUIRE(std::system(("sqlite3 '" + db + "' .dump | sqlite3 '" + restored.string() + "'").c_str()) == 0);
    REQUIRE(std::system(("sqlite3 '" + db + "' \".backup '" + copy.string() + "'\"").c_str()) == 0);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"studies"}, std::vector<std::string>{"km", "--study", "S1", "--by", "TRT01A"}}) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), command.begin(), command.end());
        const auto original = runCli(args);
        REQUIRE(original.status == 0);
        for (const fs::path& other : {restored, copy}) {
            args[1] = other.string();
            const auto r = runCli(args);
            INFO(other.filename().string() << " " << command.front() << ": " << r.err);
            CHECK(r.status == 0);
            // The import time is the original's: the copies hold the same rows.
            CHECK(r.out == original.out);
        }
    }
}
