// Hostile input and faults, round two (issue 12): each case found by probing the CLI as a new user
// would, refused in one line naming the file (and row), exit non-zero, the store unchanged.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sys/stat.h>
#include <sys/wait.h>

#include "cli_process.h"
#include "import_fixture.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using ts::test::ScratchDir;

TEST_CASE("an adsl.csv that is not a regular file is an error naming it, never skipped", "[faults][round2]") {
    ImportFixture s;
    const fs::path adsl = s.folder / "adsl.csv";
    SECTION("a FIFO (nothing waits on it)") {
        fs::remove(adsl);
        REQUIRE(mkfifo(adsl.c_str(), 0600) == 0);
        s.expectFolderRefused("adsl.csv:0: not a regular file (a folder, device, pipe or link to one)");
    }
    SECTION("a link to /dev/zero") {
        fs::remove(adsl);
        fs::create_symlink("/dev/zero", adsl);
        s.expectFolderRefused("adsl.csv:0: not a regular file (a folder, device, pipe or link to one)");
    }
    SECTION("a folder") {
        fs::remove(adsl);
        fs::create_directory(adsl);
        s.expectFolderRefused("adsl.csv:0: not a regular file (a folder, device, pipe or link to one)");
    }
    SECTION("a dangling link") {
        fs::remove(adsl);
        fs::create_symlink(s.dir.path() / "gone.csv", adsl);
        s.expectFolderRefused("adsl.csv:0: a link to a file that does not exist");
    }
}

TEST_CASE("ADTTE holds one record per subject and parameter, CNSR within the integer range", "[faults][round2]") {
    ImportFixture s;
    s.expectRefused("adtte.csv", std::string(goodAdtte) + "S1,U1,OS,Overall survival,6,1\n",
                    "adtte.csv:5: duplicate OS record of subject 'U1' (first at line 2): ADTTE holds one record per "
                    "subject and parameter");
    for (const char* cnsr : {"2147483648", "3e9", "1e18"})
        s.expectRefused(
            "adtte.csv",
            "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nS1,U1,OS,Overall survival,5," + std::string(cnsr) + "\n",
            "adtte.csv:2: CNSR " + std::string(cnsr) + " is out of range (at most 2147483647)");
}

TEST_CASE("an empty --db is a usage error, not a temporary database", "[faults][round2]") {
    ScratchDir dir;
    writeGoodStudy(dir.path() / "S1");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--db", "", "import", (dir.path() / "S1").string()},
          std::vector<std::string>{"--db=", "studies"}}) {
        const auto r = runCli(args);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, Catch::Contains("--db: the store path is empty"));
    }
}

TEST_CASE("output that cannot be written (a full device) fails the command", "[faults][round2]") {
    ScratchDir dir;
    writeGoodStudy(dir.path() / "S1");
    const std::string db = (dir.path() / "t.db").string();
    const std::string folder = (dir.path() / "S1").string();
    for (const std::string& command :
         {"import '" + folder + "'", std::string("studies"), std::string("km --study S1 --endpoint OS")}) {
        INFO(command);
        const std::string line = std::string(TRIALSCOPE_CLI) + " --db '" + db + "' " + command + " > /dev/full 2> '" +
                                 (dir.path() / "err").string() + "'";
        const int status = std::system(line.c_str());
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 1);
        CHECK_THAT(readBytes(dir.path() / "err"), Catch::Contains("cannot write the output"));
    }
}

TEST_CASE("a command that reads never creates a store where --db points by mistake", "[faults][round2]") {
    ScratchDir dir;
    const fs::path typo = dir.path() / "sotre.db";
    for (const std::vector<std::string>& command : {std::vector<std::string>{"studies"},
                                                    {"delete", "S1"},
                                                    {"km", "--study", "S1", "--endpoint", "OS"},
                                                    {"check"}}) {
        std::vector<std::string> args{"--db", typo.string()};
        args.insert(args.end(), command.begin(), command.end());
        const auto r = runCli(args);
        INFO(command.front());
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(r.err ==
              "trialscope-cli: " + typo.string() + ": no such store (import a study into it first, or check --db)\n");
        CHECK_FALSE(fs::exists(typo));
    }
}

TEST_CASE("an export onto the store file is refused, the store untouched", "[faults][round2]") {
    ImportFixture s;
    const fs::path alias = s.dir.path() / "store.png";
    fs::create_symlink(s.db, alias);
    const std::string before = storeBytes(s.db);
    const auto r = runCli({"--db", s.db.string(), "export", "--study", "S1", "--view", "km", "--endpoint", "OS",
                           "--out", alias.string()});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("is the store itself"));
    CHECK(storeBytes(s.db) == before);
}

TEST_CASE("an export error is the one line on stderr (no Qt warning before it)", "[faults][round2]") {
    ImportFixture s;
    unsetenv("XDG_RUNTIME_DIR");  // the child inherits the environment
    const auto r = runCli({"--db", s.db.string(), "export", "--study", "S1", "--view", "km", "--endpoint", "OS",
                           "--out", (s.dir.path() / "no" / "such" / "dir" / "f.png").string()});
    CHECK(r.status == 1);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.rfind("trialscope-cli: ", 0) == 0);
}

TEST_CASE("an empty database another application has claimed is not taken over", "[faults][round2]") {
    ScratchDir dir;
    writeGoodStudy(dir.path() / "S1");
    const fs::path other = dir.path() / "other.db";
    REQUIRE(std::system(("sqlite3 '" + other.string() + "' 'PRAGMA application_id = 1234'").c_str()) == 0);
    const std::string before = readBytes(other);
    const auto r = runCli({"--db", other.string(), "import", (dir.path() / "S1").string()});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("not a TrialScope store (another application's database)"));
    CHECK(readBytes(other) == before);
}

TEST_CASE("control characters of a study id never reach the terminal raw", "[faults][round2]") {
    ImportFixture s;
    const auto r = runCli({"--db", s.db.string(), "km", "--study", "\x1b[31mRED\nX", "--endpoint", "OS"});
    CHECK(r.status == 1);
    CHECK(r.err.find('\x1b') == std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("published counts beyond the integer range and negative n or SD are refused", "[faults][round2]") {
    ImportFixture s;
    s.expectRefused("aggregates/ae_counts.csv", "arm,soc,term,subjects\nA,SOC,PT,3000000000\n",
                    "ae_counts.csv:2: SUBJECTS 3000000000 is out of range (at most 2147483647)");
    for (const char* column : {"n", "sd", "se"}) {
        std::string header = "arm,paramcd,visit,visitn,mean,", row = "A,ALT,Baseline,0,30,";
        header += column;
        row += "-2";
        std::string upper(column);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        s.expectRefused("aggregates/lab_summary.csv", header + "\n" + row + "\n",
                        "lab_summary.csv:2: " + upper + " must be >= 0 (got -2)");
    }
}
