// Service layer on the CDISC pilot, imported through the real importer and store:
// OS by TRT01A against tests/reference/cdisc_km_reference.txt.
#include <catch2/catch.hpp>

#include "core/analysis/survival_analysis.h"
#include "tests/core/analysis/pilot_study.h"

using namespace ts;
using Catch::Matchers::WithinRel;

using test::importPilot;

TEST_CASE("OS by TRT01A on the CDISC pilot equals survfit / survdiff / coxph", "[analysis][cdisc]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.by = "TRT01A";
    o.times = {30, 60, 90};
    const auto r = analyseSurvival(importPilot(), o);
    REQUIRE(r.groups.size() == 3);
    CHECK(r.groups[0].name == "Placebo");
    // R: summary(survfit(Surv(AVAL, CNSR == 0) ~ TRT01A, os), times = c(30, 60, 90), extend = TRUE)
    CHECK(r.groups[0].fit.n == 86);
    CHECK(r.groups[0].fit.events == 2);
    CHECK_THAT(r.groups[0].at[0].surv, WithinRel(0.988235294117647, 1e-9));
    CHECK(r.groups[0].at[0].nRisk == 81);
    // Groups: Placebo, Xanomeline Low Dose, Xanomeline High Dose (the study's arm order)
    CHECK(r.groups[2].fit.events == 0);
    CHECK(r.groups[2].note == "no events: median not reached");
    CHECK_THAT(r.groups[1].at[2].lower, WithinRel(0.948958165960271, 1e-9));
    // R: survdiff(Surv(AVAL, CNSR == 0) ~ TRT01A, os)
    CHECK_THAT(r.logrank->chisq, WithinRel(1.30210208700386, 1e-9));
    // R: coxph(Surv(AVAL, CNSR == 0) ~ TRT01A, os): the High Dose coefficient diverges
    REQUIRE(r.cox);
    CHECK_FALSE(r.cox->terms[1].estimable);
    CHECK_THAT(r.cox->terms[0].hr, WithinRel(0.703498356196191, 1e-6));
    CHECK_THAT(r.cox->lrP, WithinRel(0.352009637127163, 1e-6));
}
