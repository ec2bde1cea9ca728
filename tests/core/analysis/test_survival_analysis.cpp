// Service layer: analyseSurvival on survival::aml against tests/reference/aml_analysis_reference.txt.
#include <catch2/catch.hpp>

#include "aml_study.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/survival_analysis.h"

using namespace ts;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {
SurvivalOptions os(std::vector<double> times = {10, 20, 40}) {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.times = std::move(times);
    return o;
}
}  // namespace

TEST_CASE("analyseSurvival matches survfit, survdiff and coxph on aml", "[analysis]") {
    const auto r = analyseSurvival(test::amlStudy(), os());
    CHECK(r.by == "TRT01A");
    CHECK(r.reference == "Maintained");
    REQUIRE(r.groups.size() == 2);
    const auto& m = r.groups[0];
    const auto& n = r.groups[1];
    CHECK(m.name == "Maintained");
    CHECK(n.colour == "#123456");
    CHECK(m.fit.n == 11);
    CHECK(m.fit.events == 7);
    // R: summary(survfit(Surv(time, status) ~ x, aml))$table
    CHECK(m.median.estimate == 31.0);
    CHECK(m.median.lower == 18.0);
    CHECK_FALSE(m.median.upper);
    CHECK(m.note == "upper confidence limit of the median not reached");
    CHECK(n.median.estimate == 23.0);
    CHECK(n.median.lower == 8.0);
    // R: summary(survfit(Surv(time, status) ~ x, aml), times = c(10, 20, 40), extend = TRUE)
    REQUIRE(m.at.size() == 3);
    CHECK_THAT(m.at[2].surv, WithinRel(0.368181818181818, 1e-9));
    CHECK_THAT(m.at[2].lower, WithinRel(0.154877117897191, 1e-9));
    CHECK_THAT(m.at[2].upper, WithinRel(0.875260678143908, 1e-9));
    CHECK(m.at[2].nRisk == 3);
    CHECK_THAT(n.at[0].surv, WithinRel(0.666666666666667, 1e-9));
    CHECK_THAT(n.at[0].upper, WithinRel(0.994625360259092, 1e-9));
    CHECK(n.at[1].nRisk == 6);
    // R: survdiff(Surv(time, status) ~ x, aml)
    REQUIRE(r.logrank);
    CHECK_THAT(r.logrank->chisq, WithinRel(3.3963886989776, 1e-9));
    CHECK_THAT(r.logrank->p, WithinRel(0.0653393220405051, 1e-9));
    // R: summary(coxph(Surv(time, status) ~ x, aml))
    REQUIRE(r.cox);
    REQUIRE(r.cox->terms.size() == 1);
    CHECK(r.cox->terms[0].name == "Nonmaintained");
    CHECK_THAT(r.cox->terms[0].hr, WithinRel(2.49810532617214, 1e-6));
    CHECK_THAT(r.cox->terms[0].lower, WithinRel(0.915907257436408, 1e-6));
    CHECK_THAT(r.cox->terms[0].upper, WithinRel(6.8134957660633, 1e-6));
    CHECK_THAT(r.cox->terms[0].p, WithinRel(0.0737148606390457, 1e-6));
    CHECK_FALSE(r.trend);
    CHECK_FALSE(r.before);
}

TEST_CASE("analyseSurvival options: arm order, reference, ties, CI, landmark", "[analysis]") {
    SECTION("groups follow the study's arm order; the reference defaults to the first") {
        const auto r = analyseSurvival(test::amlStudy(true), os());
        CHECK(r.groups[0].name == "Nonmaintained");
        CHECK(r.reference == "Nonmaintained");
        // R: coxph(Surv(time, status) ~ relevel(x, "Nonmaintained"), aml)
        CHECK_THAT(r.cox->terms[0].hr, WithinRel(0.400303377733198, 1e-6));
    }
    SECTION("--ref by arm code, Breslow ties") {
        auto o = os();
        o.reference = "N";
        o.ties = stats::Ties::Breslow;
        auto r = analyseSurvival(test::amlStudy(), o);
        CHECK(r.reference == "Nonmaintained");
        o.reference = "M";
        r = analyseSurvival(test::amlStudy(), o);
        // R: coxph(Surv(time, status) ~ x, aml, ties = "breslow")
        CHECK_THAT(r.cox->terms[0].hr, WithinRel(2.47000388542622, 1e-6));
        CHECK_THAT(r.cox->terms[0].p, WithinRel(0.0775302512086183, 1e-6));
    }
    SECTION("log-log CI at 90%") {
        auto o = os({20});
        o.conf = stats::ConfType::LogLog;
        o.level = 0.9;
        const auto r = analyseSurvival(test::amlStudy(), o);
        // R: summary(survfit(Surv(time, status) ~ x, aml, conf.type = "log-log", conf.int = 0.9), times = 20)
        CHECK_THAT(r.groups[0].at[0].lower, WithinRel(0.417704095476987, 1e-9));
        CHECK_THAT(r.groups[1].at[0].upper, WithinRel(0.774143163056829, 1e-9));
    }
    SECTION("landmark at 20") {
        auto o = os();
        o.landmark = 20.0;
        const auto r = analyseSurvival(test::amlStudy(), o);
        REQUIRE(r.before);
        REQUIRE(r.after);
        // R: coxph(Surv(pmin(time, 20), status * (time <= 20)) ~ x, aml);
        //    coxph(Surv(time, status) ~ x, aml, subset = time > 20)
        CHECK_THAT(r.before->cox->terms[0].hr, WithinRel(1.98978995574506, 1e-6));
        CHECK_THAT(r.after->cox->terms[0].hr, WithinRel(3.06266243303368, 1e-6));
        CHECK(r.before->groups[0].fit.n == 11);
        CHECK(r.after->groups[0].fit.n == 7);  // Maintained subjects with time > 20
        CHECK(r.after->logrank);
    }
    SECTION("automatic times span the follow-up") {
        // aml is in weeks, follow-up 161: the viewer's columns, every 26 weeks (time_ticks.h), the
        // one rule since the command line stopped using steps of its own.
        const auto r = analyseSurvival(test::amlStudy(), os({}));
        CHECK(r.options.times == std::vector<double>{0, 26, 52, 78, 104, 130, 156, 182});
        CHECK(r.groups[0].at.size() == 8);
    }
    SECTION("population flag") {
        auto o = os();
        o.population = "SAFFL";
        const auto r = analyseSurvival(test::amlStudy(), o);
        CHECK(r.groups[0].fit.n == 10);
        CHECK(r.groups[1].fit.n == 11);
        CHECK(r.notes.size() == 1);
    }
    SECTION("a dose on every arm adds the trend test") {
        auto d = test::amlStudy();
        d.info.arms[0].dose = 1;
        d.info.arms[1].dose = 0;
        const auto r = analyseSurvival(d, os());
        REQUIRE(r.trend);
        // With two groups the trend test is the log-rank test.
        CHECK_THAT(r.trend->chisq, WithinRel(3.3963886989776, 1e-9));
    }
}

TEST_CASE("analyseSurvival refuses requests the study cannot answer", "[analysis]") {
    auto bad = [](SurvivalOptions o) { return analyseSurvival(test::amlStudy(), o); };
    auto o = os();
    o.endpoint = "PFS";
    CHECK_THROWS_WITH(bad(o), Catch::Contains("no time-to-event endpoint PFS") && Catch::Contains("OS"));
    o = os();
    o.by = "ARMCD";
    CHECK_THROWS_AS(bad(o), AnalysisError);
    o = os();
    o.reference = "Nope";
    CHECK_THROWS_WITH(bad(o), Catch::Contains("unknown reference group Nope"));
    o = os();
    o.population = "ITTFL";
    CHECK_THROWS_AS(bad(o), AnalysisError);
}

TEST_CASE("a single group has no log-rank or Cox, and no events gives notes", "[analysis]") {
    auto d = test::amlStudy();
    for (auto& r : d.tte) r.cnsr = 1;
    for (auto& s : d.subjects) s.vars["ONE"] = "all";
    SurvivalOptions o = os();
    o.by = "ONE";
    const auto r = analyseSurvival(d, o);
    REQUIRE(r.groups.size() == 1);
    CHECK_FALSE(r.logrank);
    CHECK_FALSE(r.cox);
    CHECK_FALSE(r.groups[0].median.estimate);
    CHECK(r.groups[0].note == "no events: median not reached");
}
