// Hostile input and faults, round two (issue 12): each case found by probing the CLI as a new user
// would, refused in one line naming the file (and row), exit non-zero, the store unchanged.
#include <catch2/catch.hpp>

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
