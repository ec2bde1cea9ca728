// Hostile input through `trialscope-cli import`: for each bad file the CLI prints exactly one line
// "FILE:LINE: message" on stderr, nothing on stdout, exits 1, and the store (already holding study
// S1, which the bad import would replace) stays byte-for-byte the same.
#include <catch2/catch.hpp>

#include "cli_process.h"
#include "import_fixture.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;
using namespace ts::fault;
using ts::test::ScratchDir;

namespace {

const std::string tteHeader = "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n";
const std::string tteRow1 = "S1,U1,OS,Overall survival,5,0\n";

using Fixture = ImportFixture;

std::string xptFixture(const char* name) { return readBytes(fs::path(TRIALSCOPE_PILOT_DIR) / name); }

}  // namespace

TEST_CASE("CSV structure errors name file and line", "[faults][bad-input]") {
    Fixture f;
    const std::string utf16 = "UTF-16/UTF-32 text is not supported; save the file as UTF-8";
    std::string le, be;
    for (char c : tteHeader + tteRow1) {
        le += std::string{c, '\0'};
        be += std::string{'\0', c};
    }
    f.expectRefused("adtte.csv", "", "adtte.csv:0: empty file");
    f.expectRefused("adtte.csv", tteHeader, "adtte.csv:1: header without data rows");
    f.expectRefused("adtte.csv", "STUDYID,USUBJID,PARAMCD,PARAM,CNSR\nS1,U1,OS,x,0\n",
                    "adtte.csv:1: missing required variable 'AVAL'");
    f.expectRefused("adtte.csv", "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,aval,CNSR\nS1,U1,OS,x,1,1,0\n",
                    "adtte.csv:1: duplicate column 'AVAL'");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall survival,7\n",
                    "adtte.csv:3: row has 5 fields, header has 6");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,\"Overall survival,7,1\n",
                    "adtte.csv:3: unterminated quoted field");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + std::string("S1,U2,OS,Over\0all,7,1\n", 22),
                    "adtte.csv:3: embedded NUL byte");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall survival \xff\xfe,7,1\n",
                    "adtte.csv:3: invalid UTF-8");
    f.expectRefused("adtte.csv", "\xff\xfe" + le, "adtte.csv:1: " + utf16);
    f.expectRefused("adtte.csv", le, "adtte.csv:1: " + utf16);
    f.expectRefused("adtte.csv", be, "adtte.csv:1: " + utf16);
}

TEST_CASE("a 10 MB line and 10^4 columns are refused quickly with a short message", "[faults][bad-input]") {
    Fixture f;
    const std::string huge(10 << 20, '9');
    f.expectRefused("adtte.csv", tteHeader + "S1,U1,OS,x," + huge + "x,0\n",
                    "adtte.csv:2: AVAL: '" + huge.substr(0, 40) + "' is not a number");
    std::string wide = "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR", row = "S1,U1,OS,x,5,0";
    for (int i = 6; i < 10000; ++i) {
        wide += ",X" + std::to_string(i);
        row += ",";
    }
    f.expectRefused("adtte.csv", wide + "\n" + row + "\n" + row + ",\n",
                    "adtte.csv:3: row has 10001 fields, header has 10000");
}

TEST_CASE("ADaM value rules name file and line", "[faults][bad-input]") {
    Fixture f;
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall survival,seven,1\n",
                    "adtte.csv:3: AVAL: 'seven' is not a number");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall survival,-7,1\n",
                    "adtte.csv:3: AVAL must be >= 0 (got -7)");
    for (const char* cnsr : {"1.5", "-1", "Y", ""})
        f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall survival,7," + cnsr + "\n",
                        std::string("adtte.csv:3: CNSR must be a non-negative integer (got '") + cnsr + "')");
    f.expectRefused("adsl.csv", "STUDYID,USUBJID,TRT01A\nS1,U1,A\nS1,U2,B\nS1,U1,A\n",
                    "adsl.csv:4: duplicate USUBJID 'U1' (first at line 2)");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U9,OS,Overall survival,7,1\n",
                    "adtte.csv:3: subject 'U9' is not in ADSL");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,OS,Overall Survival,7,1\n",
                    "adtte.csv:3: PARAMCD 'OS' has two PARAM values: 'Overall survival' and 'Overall Survival'");
    f.expectRefused("adtte.csv", tteHeader + tteRow1 + "S1,U2,PFS,Overall survival,7,1\n",
                    "adtte.csv:3: PARAM 'Overall survival' has two PARAMCD values: 'OS' and 'PFS'");
}

TEST_CASE("ADSL dates that do not parse name variable, file and line", "[faults][bad-input]") {
    Fixture f;
    const std::string adsl = "STUDYID,USUBJID,TRT01A,TRTSDT,TRTEDTM\nS1,U1,A,2014-01-02,2014-03-04 10:11:12\n";
    for (const char* bad : {"2014-13-02", "2014-02-30", "02JAN2014", "2014-1-2"})
        f.expectRefused("adsl.csv", adsl + "S1,U2,B," + bad + ",\n",
                        std::string("adsl.csv:3: TRTSDT: '") + bad + "' is not a date (YYYY-MM-DD[THH:MM:SS])");
    f.expectRefused("adsl.csv", adsl + "S1,U2,B,2014-01-02,2014-03-04 25:00:00\n",
                    "adsl.csv:3: TRTEDTM: '2014-03-04 25:00:00' is not a date (YYYY-MM-DD[THH:MM:SS])");
    // A SAS date far outside the calendar (1e70 days, written with haven: see tests/fuzz/regressions/README.md).
    f.expectRefused(
        "adsl.xpt",
        readBytes(fs::path(TRIALSCOPE_SOURCE_DIR) / "tests/fuzz/regressions/xpt/date-beyond-year-20000.xpt"),
        "adsl.xpt:1: DT: 1e+70 is not a SAS date or time in years 1582-20000");
}

TEST_CASE("truncated, corrupted and fake XPT files are refused", "[faults][bad-input]") {
    Fixture f;
    const std::string adtte = xptFixture("adtte.xpt");
    REQUIRE(adtte.size() == 113120);
    f.expectRefused("adtte.xpt", adtte.substr(0, 113000),
                    "adtte.xpt:0: truncated or not a SAS transport file (113000 bytes is not a whole number of "
                    "80-byte records)");
    // Cut on a record boundary inside an observation: ADTTE observations are 214 bytes from offset
    // 3520 (the record after the OBS header), so 58320 bytes hold 256 whole ones and 16 bytes of the next.
    f.expectRefused("adtte.xpt", adtte.substr(0, 58320),
                    "adtte.xpt:257: truncated: the file ends 16 bytes into an observation of 214 bytes");
    f.expectRefused("adtte.xpt", "STUDYID,USUBJID\nS1,U1\n",
                    "adtte.xpt:0: truncated or not a SAS transport file (22 bytes is not a whole number of "
                    "80-byte records)");
    f.expectRefused("adtte.xpt", std::string(800, 'x'),
                    "adtte.xpt:0: not a readable SAS transport file: Invalid file, or file has unsupported features");
    f.expectRefused("adtte.xpt", "XXXXXXXX" + adtte.substr(8),
                    "adtte.xpt:0: not a readable SAS transport file: Invalid file, or file has unsupported features");
}

TEST_CASE("Dataset-JSON and SAS7BDAT files that are cut short or wrong are refused", "[faults][bad-input]") {
    Fixture f;
    std::string meta = R"({"datasetJSONCreationDateTime":"2026-12-04T12:00:00","datasetJSONVersion":"1.1.0",)"
                       R"("itemGroupOID":"IG.ADTTE","records":2,"name":"ADTTE","label":"ADTTE","columns":[)";
    for (const char* c : {"STUDYID", "USUBJID", "PARAMCD", "PARAM"})
        meta += std::string(R"({"itemOID":"IT.)") + c + R"(","name":")" + c + R"(","label":"x","dataType":"string"},)";
    meta += R"({"itemOID":"IT.AVAL","name":"AVAL","label":"x","dataType":"double"},)"
            R"({"itemOID":"IT.CNSR","name":"CNSR","label":"x","dataType":"integer"}]})";
    const std::string row1 = R"(["S1","U1","OS","Overall survival",5,0])";
    f.expectRefused("adtte.ndjson", meta + "\n" + row1 + "\n" + R"(["S1","U2","OS","Overall survival",7])" + "\n",
                    "adtte.ndjson:3: row 2 has 5 values; \"columns\" names 6");
    f.expectRefused("adtte.ndjson", meta + "\n" + row1 + "\n",
                    "adtte.ndjson:0: \"records\" says 2 but the file holds 1 rows (cut short?)");
    f.expectRefused("adtte.ndjson", meta + "\n" + row1 + "\n" + R"(["S1","U2","OS","Overall survival","7",1])" + "\n",
                    "adtte.ndjson:3: AVAL: expected a number, got \"7\"");
    // The ADaM rules apply as to any format: a negative time on row 2 (line 3).
    f.expectRefused("adtte.ndjson", meta + "\n" + row1 + "\n" + R"(["S1","U2","OS","Overall survival",-7,1])" + "\n",
                    "adtte.ndjson:3: AVAL must be >= 0 (got -7)");
    const std::string sas = readBytes(fs::path(TRIALSCOPE_PILOT_FORMATS_DIR) / "sas7bdat" / "adtte.sas7bdat");
    f.expectRefused("adtte.sas7bdat", sas.substr(0, 70000),
                    "adtte.sas7bdat:0: not a readable SAS7BDAT file: Unable to read from file (the file may be cut "
                    "short)");
    f.expectRefused("adtte.sas7bdat", std::string(4096, 'x'),
                    "adtte.sas7bdat:0: not a readable SAS7BDAT file: Invalid file, or file has unsupported features");
}

TEST_CASE("malformed study.json is refused naming the key", "[faults][bad-input]") {
    Fixture f;
    f.expectRefused("study.json", R"({"title": 5})", R"(study.json:0: "title" must be a string)");
    f.expectRefused("study.json", R"({"arms": [{"code": "A", "dose": "ten"}]})",
                    R"(study.json:0: "arms[0].dose" must be a number)");
    f.expectRefused("study.json", R"({"arms": {"code": "A"}})", R"(study.json:0: "arms" must be an array)");
    f.expectRefused(
        "study.json", R"({"files": {"adsl": "../S1/adsl.csv"}})",
        R"(study.json:0: "files.adsl" must be a file name in the study folder, not a path ('../S1/adsl.csv'))");
    f.expectRefused("study.json", R"({"files": {"adtte": ".."}})",
                    R"(study.json:0: "files.adtte" must be a file name in the study folder, not a path ('..'))");
    f.expectRefused(
        "study.json", R"({"files": {"adtte": "/etc/passwd"}})",
        R"(study.json:0: "files.adtte" must be a file name in the study folder, not a path ('/etc/passwd'))");
    f.expectRefused("study.json", "{\"title\": \"x\",\n \"id\": }",
                    "study.json:2: invalid JSON: object is missing after a comma");
    f.expectRefused("study.json", "[1, 2]", "study.json:0: must hold a JSON object");
}

TEST_CASE("unknown study.json keys are warnings, the import goes on", "[faults][bad-input]") {
    Fixture f;
    writeBytes(f.folder / "study.json", R"({"id": "S1", "colour": "red", "arms": [{"code": "A", "size": 3}]})");
    const auto r = runCli({"--db", f.db.string(), "import", f.folder.string()});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Matchers::Contains(R"(study.json:0: unknown key \"colour\" ignored)") &&
                          Catch::Matchers::Contains(R"(study.json:0: unknown key \"arms[0].size\" ignored)"));
}
