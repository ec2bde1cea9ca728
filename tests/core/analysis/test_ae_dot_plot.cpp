// The AE dot plot's numbers (core/analysis/ae_dot_plot.h) against R on the CDISC pilot:
//   Rscript tests/reference/ae_dot_plot.R PILOT_DIR (tests/reference/ae_dot_plot.txt)
// safety population, treatment-emergent events, Xanomeline High Dose against Placebo, terms with
// >= 5% in some arm: subjects, risk difference with Newcombe's interval, relative risk with its log
// Wald interval (Haldane's 0.5 for empty cells), Fisher's p; and the order, the options' checks.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "core/analysis/ae_dot_plot.h"
#include "tests/core/analysis/pilot_study.h"

using namespace ts;
using Catch::Matchers::WithinRel;

namespace {

std::map<std::string, std::vector<std::string>> rLines() {
    std::ifstream in(std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/reference/ae_dot_plot.txt");
    std::map<std::string, std::vector<std::string>> out;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string x; std::getline(fields, x, '|');) f.push_back(x);
        if (f.size() == 13 && f[0] == "dot") out[f[1]] = f;
    }
    return out;
}

AeDotOptions highVsPlacebo(AeMeasure measure) {
    AeDotOptions o;
    o.table.population = "SAFFL";
    o.arm = "Xanomeline High Dose";
    o.control = "Placebo";
    o.measure = measure;
    o.minPercent = 5;
    return o;
}

}  // namespace

TEST_CASE("AE dot plot: the pilot's terms, risk difference and relative risk as R computes them",
          "[analysis][ae][dotplot][cdisc]") {
    const StudyData pilot = test::importPilot();
    const auto r = rLines();
    REQUIRE(r.size() == 24);
    const AeDotReport rd = aeDotPlot(pilot, highVsPlacebo(AeMeasure::RiskDifference));
    const AeDotReport rr = aeDotPlot(pilot, highVsPlacebo(AeMeasure::RelativeRisk));
    REQUIRE(rd.rows.size() == 24);
    REQUIRE(rr.rows.size() == 24);
    CHECK(rd.arm == "Xanomeline High Dose");
    CHECK(rd.control == "Placebo");
    for (const AeDotRow& row : rd.rows) {
        INFO(row.term);
        REQUIRE(r.count(row.term));
        const auto& f = r.at(row.term);
        CHECK(row.armSubjects == std::stoi(f[2]));
        CHECK(row.armN == std::stoi(f[3]));
        CHECK(row.controlSubjects == std::stoi(f[4]));
        CHECK(row.controlN == std::stoi(f[5]));
        CHECK_THAT(*row.estimate, Catch::Matchers::WithinAbs(std::stod(f[6]), 1e-9));
        CHECK_THAT(*row.lower, WithinRel(std::stod(f[7]), 1e-6));
        CHECK_THAT(*row.upper, WithinRel(std::stod(f[8]), 1e-6));
        CHECK_THAT(*row.p, WithinRel(std::stod(f[12]), 1e-6));
    }
    for (const AeDotRow& row : rr.rows) {
        INFO(row.term);
        const auto& f = r.at(row.term);
        CHECK_THAT(*row.estimate, WithinRel(std::stod(f[9]), 1e-9));
        CHECK_THAT(*row.lower, WithinRel(std::stod(f[10]), 1e-6));
        CHECK_THAT(*row.upper, WithinRel(std::stod(f[11]), 1e-6));
    }
    // The largest increase first: pruritus, 25.4 points (R), then application site pruritus, 22.2.
    CHECK(rd.rows[0].term == "PRURITUS");
    CHECK(rd.rows[1].term == "APPLICATION SITE PRURITUS");
    for (size_t i = 1; i < rd.rows.size(); ++i) CHECK(*rd.rows[i - 1].estimate >= *rd.rows[i].estimate);
    CHECK_THAT(rd.notes.back(), Catch::Contains("terms below 5% in every group are not shown"));
}

TEST_CASE("AE dot plot: arm and control are groups of the study, and differ", "[analysis][ae][dotplot][cdisc]") {
    const StudyData pilot = test::importPilot();
    AeDotOptions o = highVsPlacebo(AeMeasure::RiskDifference);
    o.control = "Nope";
    CHECK_THROWS_WITH(aeDotPlot(pilot, o), Catch::Contains("control Nope is not a group of CDISCPILOT01"));
    o.control = o.arm;
    CHECK_THROWS_WITH(aeDotPlot(pilot, o), Catch::Contains("the arm and the control are the same group"));
    // By default the last group against the first.
    AeDotOptions defaults;
    defaults.table.population = "SAFFL";
    const AeDotReport d = aeDotPlot(pilot, defaults);
    CHECK(d.control == "Placebo");
    CHECK(d.arm == d.groups.back());
    // Of all subjects, the screen failures are a group with subjects (52), but not an arm to
    // compare unless named: the default stays the last treatment group (it was Screen Failure).
    const AeDotReport all = aeDotPlot(pilot, AeDotOptions{});
    CHECK(all.groups.back() == "Screen Failure");
    CHECK(all.arm == "Xanomeline High Dose");
    CHECK(all.control == "Placebo");
    AeDotOptions named;
    named.arm = "Screen Failure";
    CHECK(aeDotPlot(pilot, named).arm == "Screen Failure");
}
