// cuminc against R on survival::mgus2, survival::pbc and a hand-made study of edge cases, imported from
// tests/data/competing_risks, with what tests/reference/competing_risks_reference.R printed:
// survfit(Surv(time, factor(cause, 0:2)) ~ 1) per group (pstate, std.err, lower, upper; summary with
// times = , extend = TRUE) and cmprsk::cuminc(time, cause, group)$Tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "reference_lines.h"

using namespace ts::test;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

struct Studies {
    ScratchDir dir;
    std::string db = (dir.path() / "t.db").string();
    Studies() {
        for (const char* name : {"mgus2", "pbc", "edge"}) {
            const CliResult r = runCli(
                {"--db", db, "import", std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/data/competing_risks/" + name});
            INFO(r.err);
            REQUIRE(r.status == 0);
        }
    }
};

Studies& studies() {
    static Studies s;
    return s;
}

QJsonObject cuminc(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", studies().db, "cuminc"});
    const CliResult r = runCli(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r.json().object();
}

QJsonObject groupNamed(const QJsonObject& doc, const std::string& name) {
    for (const auto& g : doc["groups"].toArray())
        if (g.toObject()["name"].toString().toStdString() == name) return g.toObject();
    FAIL("no group " << name);
    return {};
}

// An estimate, or a bound R printed as NA (then null here).
void same(const QJsonValue& got, double want) {
    if (want == -1) {
        CHECK(got.isNull());
        return;
    }
    REQUIRE(got.isDouble());
    if (std::abs(want) < 1e-12) CHECK_THAT(got.toDouble(), WithinAbs(want, 1e-12));
    else CHECK_THAT(got.toDouble(), WithinRel(want, 1e-9));
}

// Every group's counts, incidence at the reference times and every step, and Gray's test, against
// the lines "<label> group|at|step|gray | ..." of the reference.
void check(const std::string& label, const QJsonObject& doc) {
    const auto lines = [&](const char* kind) {
        return referenceLines("competing_risks_reference.txt", label + " " + kind);
    };
    for (const auto& r : lines("group")) {  // GROUP | n events competing steps
        const auto want = referenceNumbers(r[1]);
        INFO(label << " group " << r[0]);
        const QJsonObject g = groupNamed(doc, r[0]);
        CHECK(g["n"].toInt() == want[0]);
        CHECK(g["events"].toInt() == want[1]);
        CHECK(g["competing_events"].toInt() == want[2]);
        CHECK(g["steps"].toArray().size() == want[3]);
    }
    std::map<std::string, int> atRow, stepRow;
    for (const auto& r : lines("at")) {  // GROUP | time cif se lower upper n_risk
        const auto want = referenceNumbers(r[1]);
        const QJsonObject a = groupNamed(doc, r[0])["at"].toArray()[atRow[r[0]]++].toObject();
        INFO(label << " " << r[0] << " at " << want[0]);
        CHECK(a["time"].toDouble() == want[0]);
        same(a["cif"], want[1]);
        same(a["se"], want[2]);
        same(a["lower"], want[3]);
        same(a["upper"], want[4]);
        CHECK(a["n_risk"].toDouble() == want[5]);
    }
    for (const auto& r : lines("step")) {  // GROUP | time n_risk n_event n_competing n_censor cif se lower upper
        const auto want = referenceNumbers(r[1]);
        const QJsonObject s = groupNamed(doc, r[0])["steps"].toArray()[stepRow[r[0]]++].toObject();
        INFO(label << " " << r[0] << " step " << want[0]);
        CHECK(s["time"].toDouble() == want[0]);
        CHECK(s["n_risk"].toDouble() == want[1]);
        CHECK(s["n_event"].toDouble() == want[2]);
        CHECK(s["n_competing"].toDouble() == want[3]);
        CHECK(s["n_censor"].toDouble() == want[4]);
        same(s["cif"], want[5]);
        same(s["se"], want[6]);
        same(s["lower"], want[7]);
        same(s["upper"], want[8]);
    }
    // chisq df p(cuminc) p(pchisq upper tail): cuminc's 1 - pchisq() keeps no digit below 1e-15
    const auto gray = referenceNumbers(lines("gray")[0][0]);
    const QJsonObject g = doc["gray"].toObject();
    CHECK_THAT(g["chisq"].toDouble(), WithinRel(gray[0], 1e-9));
    CHECK(g["df"].toInt() == gray[1]);
    CHECK_THAT(g["p"].toDouble(), WithinRel(gray[3], 1e-6));
    CHECK_THAT(g["p"].toDouble(), WithinAbs(gray[2], 1e-15));
}

}  // namespace

TEST_CASE("cuminc mgus2 progression with death competing by sex equals survfit and cmprsk", "[cli][cuminc]") {
    // R: survfit(Surv(time, factor(cause, 0:2)) ~ 1) per sex; cuminc(time, cause, sex)
    const QJsonObject doc = cuminc(
        {"--study", "MGUS", "--endpoint", "PCM", "--competing", "DEATH", "--by", "SEX", "--times", "60,120,240,400"});
    CHECK(doc["time_unit"].toString() == "months");
    CHECK(doc["competing"].toString() == "DEATH");
    CHECK(doc["conf_type"].toString() == "log");
    check("mgus2", doc);
}

TEST_CASE("cuminc pbc death with transplant competing by arm and by edema equals survfit and cmprsk", "[cli][cuminc]") {
    // R: the same calls on pbc's 312 trial subjects by trt, and on all 418 by the 3 edema levels
    const QJsonObject trt =
        cuminc({"--study", "PBC", "--endpoint", "DEATH", "--competing", "LTX", "--times", "365,1826,3652"});
    CHECK(trt["by"].toString() == "TRT01A");
    check("pbc_trt", trt);
    bool leftOut = false;
    for (const auto& n : trt["notes"].toArray()) leftOut = leftOut || n.toString().startsWith("106 DEATH records");
    CHECK(leftOut);
    check("pbc_edema", cuminc({"--study", "PBC", "--endpoint", "DEATH", "--competing", "LTX", "--by", "EDEMA",
                               "--times", "365,1826,3652"}));
}

TEST_CASE("cuminc edge cases: no competing events, no events, ties with the competing event", "[cli][cuminc]") {
    // R: arm A has no competing events, arm B none of either kind (its band is NA), arm C an endpoint
    // event tied with a death (the endpoint counts) and a death on the day HCC is censored (death counts)
    const QJsonObject doc =
        cuminc({"--study", "EDGE", "--endpoint", "HCC", "--competing", "DEATH", "--times", "3,10,40"});
    check("edge", doc);
    CHECK(groupNamed(doc, "B")["note"].toString() == "no HCC events");
}

TEST_CASE("cuminc refuses what it cannot compute in one line", "[cli][cuminc]") {
    const auto fails = [](std::vector<std::string> args, const std::string& text) {
        args.insert(args.begin(), {"--db", studies().db, "cuminc", "--study", "EDGE"});
        const CliResult r = runCli(args);
        CHECK(r.status != 0);
        CHECK_THAT(r.err, Catch::Matchers::Contains(text));
    };
    fails({"--endpoint", "HCC", "--competing", "HCC"}, "another endpoint than HCC");
    fails({"--endpoint", "HCC", "--competing", "OS"}, "has no time-to-event endpoint OS (endpoints: HCC, DEATH)");
    fails({"--endpoint", "HCC"}, "--competing");
    fails({"--endpoint", "HCC", "--competing", "DEATH", "--conf-level", "2"}, "--conf-level");
}

TEST_CASE("export draws the competing-risks figure and the RMST area, and exits cleanly", "[cli][cuminc]") {
    // The hatched RMST area once crashed the process at exit (the application object outlived Qt's
    // brush-pattern cache): every export below must return 0 and write its file.
    const ScratchDir out;
    const auto exported = [&](std::vector<std::string> args, const std::string& file) {
        args.insert(args.begin(),
                    {"--db", studies().db, "export", "--view", "km", "--out", (out.path() / file).string()});
        const CliResult r = runCli(args);
        INFO(r.err);
        CHECK(r.status == 0);
        CHECK(std::filesystem::file_size(out.path() / file) > 1000);
        return r;
    };
    exported({"--study", "EDGE", "--endpoint", "HCC", "--competing", "DEATH", "--stack-competing"}, "cr.svg");
    std::ifstream svg(out.path() / "cr.svg");
    std::stringstream text;
    text << svg.rdbuf();
    // The y label says what the dashed curves are (shortened to "Incidence (dashed: ...)" where the
    // plot is not as high as the whole label is long).
    CHECK(text.str().find("ncidence (dashed: HCC or death)") != std::string::npos);
    // Gray's test: in the statistics box, or, where the bands of this 12-subject study leave it no
    // corner, in the footnote (a box is never drawn over curves or bands).
    CHECK(text.str().find("Gray") != std::string::npos);
    for (const char* file : {"rmst.png", "rmst.pdf"})
        exported({"--study", "MGUS", "--endpoint", "PCM", "--by", "SEX", "--rmst", "120", "--rmst-shade"}, file);
}
