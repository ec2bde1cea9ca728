// trialscope-cli errors: one line on stderr, non-zero status, nothing on stdout, store unchanged.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli_runner.h"
#include "core/store/store.h"

using namespace ts::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

bool oneLine(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace

TEST_CASE("cli usage errors exit with status 2", "[cli]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "t.db").string();
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--db", db, "frobnicate"},
             {"--db", db, "km", "--endpoint", "OS"},
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--conf-level", "high"},
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--conf-level", "1.5"},
             // Once Boost's "erfc_inv<double>(double, double): Overflow Error".
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--conf-level", "0.9999999999999999"},
             {"--db", db, "liver-event", "--study", "X", "--conf-level", "0.99999999"},
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--times", "1,,2"},
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--ties", "exact"},
             {"--db", db, "km", "--study", "X", "--endpoint", "OS", "--bogus", "1"},
             {"--db", db, "labs", "--study", "X", "--param", "ALT", "--summary", "mode"},
             {"--db", db, "ae", "--study", "X", "--level", "hlt"},
             {"--db", db, "delete"},
             {"--db", db, "import"},
             {"--db"}}) {
        const auto r = runCli(args);
        INFO(args.back() << " -> " << r.err);
        CHECK(r.status == 2);
        CHECK(r.out.empty());
        CHECK_THAT(r.err, StartsWith("trialscope-cli: "));
        CHECK(oneLine(r.err));
    }
}

TEST_CASE("cli reports an unknown study with the known ones", "[cli]") {
    ScratchDir dir;
    ts::Store::open(dir.path() / "t.db");  // an empty store (a missing one is another error)
    const auto r = runCli({"--db", (dir.path() / "t.db").string(), "km", "--study", "NOPE", "--endpoint", "OS"});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, StartsWith("trialscope-cli: no study NOPE") && Contains("the store is empty"));
    CHECK(oneLine(r.err));
}

TEST_CASE("cli reports a corrupted store by name", "[cli]") {
    ScratchDir dir;
    const auto file = dir.path() / "junk.db";
    std::ofstream(file) << std::string(5000, 'j');
    const auto r = runCli({"--db", file.string(), "studies"});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, StartsWith("trialscope-cli: " + file.string()) && Contains("corrupted"));
    CHECK(oneLine(r.err));
}

TEST_CASE("cli import of a bad dataset names file and row and leaves the store unchanged", "[cli]") {
    ScratchDir dir;
    const std::string db = (dir.path() / "t.db").string();
    const auto good = dir.path() / "good";
    std::filesystem::create_directories(good);
    std::ofstream(good / "adsl.csv") << "STUDYID,USUBJID,TRT01A\nS1,U1,A\nS1,U2,B\n";
    std::ofstream(good / "adtte.csv")
        << "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nS1,U1,OS,Overall,5,0\nS1,U2,OS,Overall,7,1\n";
    const auto first = runCli({"--db", db, "import", good.string()});
    INFO(first.err);
    REQUIRE(first.status == 0);
    const std::string before = runCli({"--db", db, "km", "--study", "S1", "--endpoint", "OS"}).out;

    std::ofstream(good / "adtte.csv")
        << "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nS1,U1,OS,Overall,5,0\nS1,U2,OS,Overall,seven,1\n";
    const auto bad = runCli({"--db", db, "import", good.string()});
    CHECK(bad.status == 1);
    CHECK(bad.out.empty());
    CHECK_THAT(bad.err, Contains("adtte.csv:3:"));
    CHECK(oneLine(bad.err));
    CHECK(runCli({"--db", db, "km", "--study", "S1", "--endpoint", "OS"}).out == before);
}
