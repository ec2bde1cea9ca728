// Service layer: analyseLabs on tiny hand-made ADLB (values in tests/reference/service_small_reference.txt).
#include <catch2/catch.hpp>

#include "core/analysis/analysis_error.h"
#include "core/analysis/lab_analysis.h"

using namespace ts;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// Group A (4 subjects): week 2 ALT 1, 2, 3, 4; group B (3 subjects): 2, 4, 6. Baseline 10 for
// everyone; CHG delivered for A only (B's change comes from AVAL - BASE).
StudyData labStudy() {
    StudyData d;
    d.info.id = "LAB";
    d.info.arms = {{"B", "Arm B", std::nullopt, "", ""}, {"A", "Arm A", std::nullopt, "", ""}};
    auto add = [&](const std::string& id, const char* arm, double week2, bool chg) {
        d.subjects.push_back({id, {{"ARM", arm}, {"SAFFL", "Y"}}});
        d.labs.push_back({id, "ALT", "Alanine aminotransferase", "U/L", "Baseline", 0.0, 1.0, 10.0, 10.0, 0.0, 5.0,
                          40.0, Provenance::Original});
        d.labs.push_back({id, "ALT", "Alanine aminotransferase", "U/L", "Week 2", 2.0, 15.0, week2, 10.0,
                          chg ? std::optional<double>(week2 - 10) : std::nullopt, 5.0, 40.0, Provenance::Original});
    };
    int k = 0;
    for (double v : {1, 2, 3, 4}) add(std::string("A").append(std::to_string(++k)), "A", v, true);
    for (double v : {2, 4, 6}) add(std::string("B").append(std::to_string(++k)), "B", v, false);
    return d;
}

LabOptions alt(LabSummaryKind kind = LabSummaryKind::MeanSd, LabScale scale = LabScale::Value) {
    LabOptions o;
    o.param = "ALT";
    o.summary = kind;
    o.scale = scale;
    return o;
}

}  // namespace

TEST_CASE("analyseLabs summarises group x visit", "[analysis]") {
    const auto r = analyseLabs(labStudy(), alt());
    CHECK(r.by == "ARM");
    CHECK(r.unit == "U/L");
    CHECK(r.paramLabel == "Alanine aminotransferase");
    CHECK(r.refLow == 5.0);
    CHECK(r.refHigh == 40.0);
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].name == "Arm B");  // study arm order
    const auto& a = r.groups[1];
    REQUIRE(a.points.size() == 2);
    CHECK(a.points[0].visit == "Baseline");
    const auto& w2 = a.points[1];
    CHECK(w2.visit == "Week 2");
    CHECK(w2.visitn == 2.0);
    CHECK(w2.time == 15.0);
    CHECK(w2.n == 4);
    // R: mean(c(1,2,3,4)) -/+ sd(c(1,2,3,4))
    CHECK_THAT(*w2.center, WithinRel(2.5, 1e-12));
    CHECK_THAT(*w2.upper, WithinRel(2.5 + 1.29099444873581, 1e-12));
    // R: t.test(c(1,2,3,4), c(2,4,6))$p.value
    CHECK_THAT(*w2.pValue, WithinRel(0.333823700077501, 1e-9));
    CHECK(r.subjects.size() == 7);
    CHECK(r.subjects[0].value.size() == 2);
}

TEST_CASE("analyseLabs summary kinds and scales", "[analysis]") {
    SECTION("mean-se and mean-ci") {
        auto p = analyseLabs(labStudy(), alt(LabSummaryKind::MeanSe)).groups[1].points[1];
        CHECK_THAT(*p.lower, WithinRel(2.5 - 0.645497224367903, 1e-12));
        p = analyseLabs(labStudy(), alt(LabSummaryKind::MeanCi)).groups[1].points[1];
        // R: t.test(c(1,2,3,4))$conf.int
        CHECK_THAT(*p.lower, WithinRel(0.445739743239479, 1e-9));
        CHECK_THAT(*p.upper, WithinRel(4.55426025676052, 1e-9));
    }
    SECTION("median-iqr uses type-7 quantiles and the Wilcoxon test") {
        const auto p = analyseLabs(labStudy(), alt(LabSummaryKind::MedianIqr)).groups[1].points[1];
        // R: quantile(c(1,2,3,4), c(.25,.5,.75)); wilcox.test(c(1,2,3,4), c(2,4,6))$p.value
        CHECK(*p.center == 2.5);
        CHECK(*p.lower == 1.75);
        CHECK(*p.upper == 3.25);
        CHECK_THAT(*p.pValue, WithinRel(0.368065506305485, 1e-9));
    }
    SECTION("change: CHG, else AVAL - BASE") {
        const auto r = analyseLabs(labStudy(), alt(LabSummaryKind::MeanSd, LabScale::Change));
        CHECK_THAT(*r.groups[1].points[1].center, WithinRel(-7.5, 1e-12));
        CHECK_THAT(*r.groups[0].points[1].center, WithinRel(-6.0, 1e-12));
        CHECK(r.groups[0].points[0].center == 0.0);
        CHECK_FALSE(r.groups[0].points[0].pValue);  // all changes 0 at baseline: t test not estimable
    }
    SECTION("percent change = 100 CHG / BASE") {
        const auto r = analyseLabs(labStudy(), alt(LabSummaryKind::MeanSd, LabScale::PercentChange));
        CHECK_THAT(*r.groups[1].points[1].center, WithinRel(-75.0, 1e-12));
        CHECK_THAT(*r.groups[0].points[1].center, WithinRel(-60.0, 1e-12));
    }
}

TEST_CASE("analyseLabs on published summaries", "[analysis]") {
    StudyData d;
    d.info.id = "PUB";
    d.info.citation = "Doe 2020";
    d.info.arms = {{"T", "Treated", std::nullopt, "", ""}, {"C", "Control", std::nullopt, "", ""}};
    d.labSummaries = {{"C", "ALT", "ALT", "U/L", "Week 4", 4, 4.0, 25, 30, 5, std::nullopt, std::nullopt, std::nullopt,
                       std::nullopt, std::nullopt, std::nullopt, false, Provenance::PublishedAggregate, "Table 2"},
                      {"T", "ALT", "ALT", "U/L", "Week 4", 4, 4.0, 16, 40, std::nullopt, 2, 38, 35, 45, std::nullopt,
                       std::nullopt, false, Provenance::PublishedAggregate, "Table 2"}};
    const auto r = analyseLabs(d, alt(LabSummaryKind::MeanSe));
    CHECK(r.provenance == Provenance::PublishedAggregate);
    CHECK(r.source == "Doe 2020, Table 2");
    REQUIRE(r.groups.size() == 2);
    CHECK(r.subjects.empty());
    const auto& t = r.groups[0].points.at(0);
    CHECK(t.n == 16);
    CHECK(*t.lower == 38.0);
    const auto& c = r.groups[1].points.at(0);
    CHECK_THAT(*c.lower, WithinRel(30 - 1.0, 1e-12));  // SE = SD / sqrt(n) = 5 / 5
    const auto ci = analyseLabs(d, alt(LabSummaryKind::MeanCi));
    // R: 40 - qt(0.975, 15) * 2
    CHECK_THAT(*ci.groups[0].points[0].lower, WithinRel(40 - 2.13144954555978 * 2, 1e-9));
    CHECK_THROWS_AS(analyseLabs(d, alt(LabSummaryKind::MeanSd, LabScale::Change)), AnalysisError);
    CHECK_THROWS_AS(analyseLabs(d, alt(LabSummaryKind::MeanSd, LabScale::PercentChange)), AnalysisError);
}

TEST_CASE("analyseLabs refuses an unknown parameter", "[analysis]") {
    LabOptions o = alt();
    o.param = "AST";
    CHECK_THROWS_WITH(analyseLabs(labStudy(), o), Catch::Contains("no lab parameter AST") && Catch::Contains("ALT"));
}

TEST_CASE("analyseLabs: values near the double range give no spread and a note, never Boost's message",
          "[analysis][faults]") {
    StudyData d = labStudy();
    for (LabRecord& r : d.labs) r.aval = *r.aval * 1e159;  // week 2: 1e159 ... 6e159, squares overflow
    for (auto kind : {LabSummaryKind::MeanSd, LabSummaryKind::MeanCi}) {
        const auto r = analyseLabs(d, alt(kind));
        const auto& w2 = r.groups[1].points[1];
        CHECK_THAT(*w2.center, WithinRel(2.5e159, 1e-12));
        CHECK_FALSE(w2.lower);
        CHECK_FALSE(w2.pValue);
        REQUIRE_FALSE(r.notes.empty());
        CHECK(r.notes.back() == "Week 2, Arm A: values too large to compute with (the variance overflows)");
    }
}

TEST_CASE("analyseLabs: a percent change with BASE = 0 says why there is no value", "[analysis][faults]") {
    StudyData d = labStudy();
    for (LabRecord& r : d.labs) {
        r.base = 0.0;
        r.chg.reset();
    }
    try {
        analyseLabs(d, alt(LabSummaryKind::MeanSd, LabScale::PercentChange));
        FAIL("no error");
    } catch (const AnalysisError& e) {
        CHECK(std::string(e.what()) ==
              "no ALT values in the population (14 with BASE = 0: no percent change from a zero baseline)");
    }
    d.labs[3].base = 10.0;  // A1's week 2 has a baseline again
    const auto r = analyseLabs(d, alt(LabSummaryKind::MeanSd, LabScale::PercentChange));
    CHECK(r.notes.front() ==
          "13 records outside the population or without a percent-change value were left out (13 with BASE = 0: no "
          "percent change from a zero baseline)");
}
