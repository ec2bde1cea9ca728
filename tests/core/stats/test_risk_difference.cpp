// Difference of two proportions (Wald and Newcombe hybrid score CIs) and the Wilson interval.
// Golden values: tests/reference/labs_ae_reference.txt: prop.test(..., correct = FALSE)$conf.int
// (Wilson for one proportion, Wald for two) and newcombe(x1, n1, x2, n2), the R script's
// transcription of Newcombe (Stat Med 1998;17:873-890) method 10 on prop.test's Wilson limits.
#include <catch2/catch.hpp>

#include "core/stats/risk_difference.h"
#include "core/stats/wilson.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using ts::stats::riskDifference;
using ts::stats::wilsonInterval;

TEST_CASE("Wilson interval matches prop.test", "[risk_difference]") {
    const auto w = wilsonInterval(56, 70);
    // R: prop.test(56, 70, correct = FALSE)$conf.int
    CHECK_THAT(w->lower, WithinRel(0.691833555037469, 1e-12));
    CHECK_THAT(w->upper, WithinRel(0.87695260751637, 1e-12));
    CHECK_THAT(w->estimate, WithinRel(0.8, 1e-15));
    const auto zero = wilsonInterval(0, 10);
    // R: prop.test(0, 10, correct = FALSE)$conf.int
    CHECK(zero->lower == 0);
    CHECK_THAT(zero->upper, WithinRel(0.277532799862889, 1e-12));
    CHECK_FALSE(wilsonInterval(0, 0));
}

TEST_CASE("risk difference matches R and Newcombe 1998", "[risk_difference]") {
    SECTION("Newcombe's example (a): 56/70 vs 48/80") {
        const auto r = riskDifference(56, 70, 48, 80);
        CHECK_THAT(*r.difference, WithinRel(0.2, 1e-14));
        // R: prop.test(c(56, 48), c(70, 80), correct = FALSE)$conf.int
        CHECK_THAT(*r.waldLower, WithinRel(0.0575048991490372, 1e-12));
        CHECK_THAT(*r.waldUpper, WithinRel(0.342495100850963, 1e-12));
        // R: newcombe(56, 70, 48, 80)
        CHECK_THAT(*r.newcombeLower, WithinRel(0.0524314724023649, 1e-12));
        CHECK_THAT(*r.newcombeUpper, WithinRel(0.333872654036906, 1e-12));
        // Newcombe 1998, Table II, example (a), method 10: 0.0524 to 0.3339 (4 decimals printed)
        CHECK_THAT(*r.newcombeLower, WithinAbs(0.0524, 5e-5));
        CHECK_THAT(*r.newcombeUpper, WithinAbs(0.3339, 5e-5));
        CHECK(r.note.empty());
    }
    SECTION("AE-style: 3/86 vs 12/84") {
        const auto r = riskDifference(3, 86, 12, 84);
        // R: prop.test(c(3, 12), c(86, 84), correct = FALSE)$conf.int
        CHECK_THAT(*r.waldLower, WithinRel(-0.192256451978049, 1e-12));
        CHECK_THAT(*r.waldUpper, WithinRel(-0.0236903918757716, 1e-12));
        // R: newcombe(3, 86, 12, 84)
        CHECK_THAT(*r.difference, WithinRel(-0.10797342192691, 1e-12));
        CHECK_THAT(*r.newcombeLower, WithinRel(-0.201283633219409, 1e-12));
        CHECK_THAT(*r.newcombeUpper, WithinRel(-0.0217186491612968, 1e-12));
        const auto r90 = riskDifference(3, 86, 12, 84, 0.9);
        // R: newcombe(3, 86, 12, 84, 0.9)
        CHECK_THAT(*r90.newcombeLower, WithinRel(-0.184812545989938, 1e-12));
        CHECK_THAT(*r90.newcombeUpper, WithinRel(-0.0366084474281645, 1e-12));
    }
    SECTION("no events in either arm: Wald collapses, Newcombe does not") {
        const auto r = riskDifference(0, 10, 0, 12);
        CHECK(*r.difference == 0);
        CHECK(*r.waldLower == 0);
        CHECK(*r.waldUpper == 0);
        CHECK_FALSE(r.note.empty());
        // R: newcombe(0, 10, 0, 12)
        CHECK_THAT(*r.newcombeLower, WithinRel(-0.242494006655241, 1e-12));
        CHECK_THAT(*r.newcombeUpper, WithinRel(0.277532799862889, 1e-12));
    }
    SECTION("all vs none") {
        const auto r = riskDifference(10, 10, 0, 20);
        // R: newcombe(10, 10, 0, 20)
        CHECK_THAT(*r.newcombeLower, WithinRel(0.679086037141915, 1e-12));
        CHECK_THAT(*r.newcombeUpper, WithinRel(1.0, 1e-12));
        CHECK(*r.waldUpper <= 1);
    }
    SECTION("an empty group") {
        const auto r = riskDifference(0, 0, 3, 10);
        CHECK_FALSE(r.difference);
        CHECK_FALSE(r.waldLower);
        CHECK_FALSE(r.newcombeLower);
        CHECK_FALSE(r.note.empty());
    }
}
