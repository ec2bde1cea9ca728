// What a user gets without asking: a study whose ADTTE says AVALU = WEEKS and that has no study.json
// is reported and drawn in weeks; km and export without --endpoint show OS (not the first endpoint).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "cli_runner.h"

using namespace ts::test;

TEST_CASE("cli km and export: AVALU = WEEKS without study.json gives weeks and OS by default", "[cli]") {
    ScratchDir dir;
    dir.write("wk/adsl.csv", "STUDYID,USUBJID,TRT01A\nWK,W1,A\nWK,W2,A\nWK,W3,B\nWK,W4,B\n");
    dir.write(
        "wk/adtte.csv",
        "USUBJID,PARAMCD,PARAM,AVAL,AVALU,CNSR\nW1,PFS,Progression-free,5,WEEKS,0\n"
        "W1,OS,Overall survival,10,WEEKS,0\n"
        "W2,OS,Overall survival,30,WEEKS,1\nW3,OS,Overall survival,20,WEEKS,0\nW4,OS,Overall survival,40,WEEKS,0\n");
    const std::string db = (dir.path() / "t.db").string();
    const CliResult imported = runCli({"--db", db, "import", (dir.path() / "wk").string()});
    INFO(imported.err);
    REQUIRE(imported.status == 0);
    CHECK(imported.json().object()["imported"].toArray().at(0).toObject()["warnings"].toArray().isEmpty());
    const CliResult km = runCli({"--db", db, "km", "--study", "WK"});
    REQUIRE(km.status == 0);
    CHECK(km.json().object()["time_unit"].toString() == "weeks");
    CHECK(km.json().object()["endpoint"].toString() == "OS");  // PFS comes first in ADTTE
    const std::string svg = (dir.path() / "km.svg").string();
    const CliResult exported = runCli({"--db", db, "export", "--study", "WK", "--view", "km", "--out", svg});
    INFO(exported.err);
    REQUIRE(exported.status == 0);
    std::ifstream in(svg);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("Time (weeks)") != std::string::npos);
    CHECK(text.str().find("Time (days)") == std::string::npos);
    CHECK(text.str().find(">40<") != std::string::npos);  // OS's follow-up (40 weeks), not PFS's (5)
}
