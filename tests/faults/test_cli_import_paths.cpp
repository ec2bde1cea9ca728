// Issue 12, round two: an import of several paths is one transaction whose error names the path,
// and what a folder holds is read as SAS would read it (trailing blanks) or refused in the user's
// terms (the wrong delimiter, an absurd number of columns, a huge study.json).
#include <catch2/catch.hpp>

#include <fstream>

#include "cli_process.h"
#include "import_fixture.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using ts::test::ScratchDir;

TEST_CASE("import A BAD C imports nothing and names BAD's folder and file", "[faults][round3]") {
    ImportFixture s;
    const fs::path a = s.dir.path() / "A", bad = s.dir.path() / "BAD", c = s.dir.path() / "C";
    for (const fs::path& p : {a, bad, c}) writeGoodStudy(p);
    for (const auto& [folder, id] : {std::pair{a, "SA"}, std::pair{bad, "SB"}, std::pair{c, "SC"}}) {
        std::string adsl = goodAdsl, adtte = goodAdtte;
        for (std::string* text : {&adsl, &adtte})
            for (std::size_t at = text->find("S1,"); at != std::string::npos; at = text->find("S1,", at))
                text->replace(at, 2, id);
        writeBytes(folder / "adsl.csv", adsl);
        writeBytes(folder / "adtte.csv", adtte);
    }
    writeBytes(bad / "adtte.csv", "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nSB,U1,OS,Overall survival,-5,0\n");
    const std::string before = storeBytes(s.db);
    const auto r = runCli({"--db", s.db.string(), "import", a.string(), bad.string(), c.string()});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::StartsWith((bad / "adtte.csv").string() + ":2: "));
    CHECK(storeBytes(s.db) == before);

    SECTION("the same paths, BAD repaired, import all three in one go") {
        writeBytes(bad / "adtte.csv", "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nSB,U1,OS,Overall survival,5,0\n");
        const auto ok = runCli({"--db", s.db.string(), "import", a.string(), bad.string(), c.string()});
        INFO(ok.err);
        REQUIRE(ok.status == 0);
        const auto list = runCli({"--db", s.db.string(), "studies"});
        for (const char* id : {"\"SA\"", "\"SB\"", "\"SC\"", "\"S1\""}) CHECK_THAT(list.out, Catch::Contains(id));
    }
}

namespace {

// A bound on the CLI's address space well above what a normal import takes (Qt's libraries
// included) and far below what the refused inputs once took.
constexpr long kImportMemory = 400L << 20;

}  // namespace

TEST_CASE("a CSV value's trailing blanks are dropped, as SAS drops them from XPT text", "[faults][round3]") {
    ImportFixture s;
    writeBytes(s.folder / "adsl.csv",
               "STUDYID,USUBJID,TRT01A,AGE\nS1,U1,Placebo ,50\nS1,U2,Placebo,60\nS1,U3,A  ,70\n");
    const auto r = runCli({"--db", s.db.string(), "import", s.folder.string()});
    REQUIRE(r.status == 0);
    const auto km = runCli({"--db", s.db.string(), "km", "--study", "S1", "--by", "TRT01A"});
    CHECK_THAT(km.out, Catch::Matches("[\\s\\S]*\"name\":\"Placebo\",\"colour\":\"#[0-9A-F]+\",\"n\":2,[\\s\\S]*"));
    CHECK_THAT(km.out, Catch::Matches("[\\s\\S]*\"name\":\"A\",\"colour\":\"#[0-9A-F]+\",\"n\":1,[\\s\\S]*"));
    CHECK_THAT(km.out, !Catch::Contains("Placebo \""));
}

TEST_CASE("a CSV delimited by semicolons or tabs says the delimiter looks wrong", "[faults][round3]") {
    ImportFixture s;
    for (const char* d : {";", "\t"}) {
        std::string adsl = goodAdsl;
        for (char& c : adsl)
            if (c == ',') c = *d;
        s.expectRefused("adsl.csv", adsl,
                        std::string("adsl.csv:1: the header has no commas but has ") +
                            (*d == ';' ? "semicolons" : "tabs") +
                            ": the file looks delimited by another character; save it as comma-separated CSV");
    }
}

TEST_CASE("a header of three million columns is refused at the first one too many, in bounded memory",
          "[faults][round3]") {
    ImportFixture s;
    std::string header = "STUDYID,USUBJID,TRT01A";
    header.reserve(30'000'000);
    for (int i = 0; i < 3'000'000; ++i) header += ",V" + std::to_string(i);
    writeBytes(s.folder / "adsl.csv", header + "\nS1,U1,A" + std::string(3'000'000, ',') + "\n");
    const std::string before = storeBytes(s.db);
    CliLimits limits;
    limits.maxMemoryBytes = kImportMemory;
    const auto r = runCli({"--db", s.db.string(), "import", s.folder.string()}, limits);
    CHECK(r.status == 1);
    CHECK(r.err == "adsl.csv:1: more than 32767 columns: a dataset has at most 32767 variables\n");
    CHECK(storeBytes(s.db) == before);

    SECTION("a data row of a million fields under a header of four") {
        writeBytes(s.folder / "adsl.csv", std::string(goodAdsl) + "S1,U4,A" + std::string(1'000'000, ',') + "\n");
        const auto row = runCli({"--db", s.db.string(), "import", s.folder.string()}, limits);
        CHECK(row.status == 1);
        CHECK(row.err == "adsl.csv:5: row has more than 23 fields, header has 4\n");
    }
}

TEST_CASE("a study.json of gigabytes is refused before it is read", "[faults][round3]") {
    ImportFixture s;
    const fs::path json = s.folder / "study.json";
    writeBytes(json, "{\"id\": \"S1\"}");
    fs::resize_file(json, 6LL << 30);  // sparse: no disk is used
    CliLimits limits;
    limits.maxMemoryBytes = kImportMemory;
    const std::string before = storeBytes(s.db);
    const auto r = runCli({"--db", s.db.string(), "import", s.folder.string()}, limits);
    CHECK(r.status == 1);
    CHECK(r.err == "study.json:0: 6442450944 bytes: a study.json is at most 16 MiB (it describes the study)\n");
    CHECK(storeBytes(s.db) == before);
}

TEST_CASE("Latin-1 XPT text: refused with its record, imported as UTF-8 once study.json names it", "[faults][round3]") {
    ScratchDir dir;
    const fs::path folder = dir.path() / "LATIN", db = dir.path() / "t.db";
    fs::create_directories(folder);
    std::string adsl = readBytes(fs::path(TRIALSCOPE_PILOT_DIR) / "adsl.xpt");
    for (auto at = adsl.find("Placebo"); at != std::string::npos; at = adsl.find("Placebo", at)) adsl[at + 6] = '\xE9';
    writeBytes(folder / "adsl.xpt", adsl);
    const auto refused = runCli({"--db", db.string(), "import", folder.string()});
    CHECK(refused.status == 1);
    CHECK_THAT(refused.err, Catch::Contains(": text is not UTF-8 (invalid UTF-8)"));

    writeBytes(folder / "study.json", R"({"xpt_encoding": "WINDOWS-1252"})");
    const auto r = runCli({"--db", db.string(), "import", folder.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto list = runCli({"--db", db.string(), "studies"});
    CHECK_THAT(list.out, Catch::Contains("Placeb\xC3\xA9"));
    CHECK_THAT(list.out, !Catch::Contains("Placeb\xE9"));
}

TEST_CASE("many arms: import stays linear, and km refuses more groups than it can compare", "[faults][round3]") {
    // 10^5 arms of one subject each: the import once took over 120 s (a quadratic arm list) and km
    // with 800 arms 107 s (a Cox model of 799 columns). A CPU limit far above today's time (about
    // 1.5 s) turns a relapse into a failure, not a hung suite.
    ScratchDir dir;
    const fs::path folder = dir.path() / "ARMS", db = dir.path() / "t.db";
    fs::create_directories(folder);
    std::string adsl = "STUDYID,USUBJID,TRT01A,SEX\n", adtte = "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n";
    for (int i = 0; i < 100'000; ++i) {
        adsl += "A,U" + std::to_string(i) + ",ARM" + std::to_string(i) + (i % 2 ? ",F\n" : ",M\n");
        adtte += "A,U" + std::to_string(i) + ",OS,Overall survival," + std::to_string(1 + i % 97) + "," +
                 std::to_string(i % 3 == 0) + "\n";
    }
    writeBytes(folder / "adsl.csv", adsl);
    writeBytes(folder / "adtte.csv", adtte);
    CliLimits limits;
    limits.maxCpuSeconds = 60;
    const auto r = runCli({"--db", db.string(), "import", folder.string()}, limits);
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto km = runCli({"--db", db.string(), "km", "--study", "A"}, limits);
    CHECK(km.status == 1);
    CHECK(km.err ==
          "trialscope-cli: grouping by TRT01A gives 100000 groups; at most 100 can be compared (choose a variable "
          "with fewer values)\n");
    const auto id = runCli({"--db", db.string(), "km", "--study", "A", "--by", "USUBJID"}, limits);
    CHECK(id.err == "trialscope-cli: USUBJID identifies subjects; it cannot group them (choose a grouping variable)\n");
    const auto sex = runCli({"--db", db.string(), "km", "--study", "A", "--by", "SEX"}, limits);
    CHECK(sex.status == 0);
}

TEST_CASE("a study id the command line could not name is refused at import", "[faults][round3]") {
    ImportFixture s;
    std::string adsl = goodAdsl, adtte = goodAdtte;
    for (const auto& [id, why] :
         {std::pair{std::string("\"A,B\""), "'A,B' contains a comma (--study takes a comma-separated list)"},
          std::pair{std::string("--x"), "'--x' starts with '-' (it would read as an option)"}}) {
        std::string bad = adsl;
        for (auto at = bad.find("S1,"); at != std::string::npos; at = bad.find("S1,", at + id.size()))
            bad.replace(at, 2, id);
        s.expectRefused("adsl.csv", bad, "adsl.csv:2: STUDYID " + std::string(why));
    }
    s.expectRefused("study.json", "{\"id\": \"a\\u001b[31mb\"}", "study.json:0: \"id\" contains a control character");
    // Published counts alone: the folder's name is the id.
    writeGoodStudy(s.folder);
    fs::remove(s.folder / "adsl.csv");
    fs::remove(s.folder / "adtte.csv");
    fs::create_directories(s.folder / "aggregates");
    writeBytes(s.folder / "aggregates" / "ae_counts.csv", "arm,soc,term,subjects\nA,SOC,PT,3\n");
    const fs::path odd = s.dir.path() / "-odd";
    fs::rename(s.folder, odd);
    const auto r = runCli({"--db", s.db.string(), "import", odd.string()});
    CHECK(r.status == 1);
    CHECK(r.err == "-odd:0: the folder name is the study id, and it starts with '-' (it would read as an option)\n");
}

TEST_CASE("\"--\" ends the options, so an odd id of an older store can still be deleted", "[faults][round3]") {
    ImportFixture s;
    const auto r = runCli({"--db", s.db.string(), "delete", "--", "S1"});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "{\"deleted\":\"S1\"}\n");
    const auto missing = runCli({"--db", s.db.string(), "delete", "--", "--x"});
    CHECK(missing.status == 1);
    CHECK_THAT(missing.err, Catch::StartsWith("trialscope-cli: no study --x in "));
}
