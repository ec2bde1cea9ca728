// One-way ANOVA against R 4.2 anova(lm(y ~ g)) and oneway.test(var.equal = TRUE). Golden values:
// tests/reference/labs_ae_reference.txt (Df, Sum Sq, Mean Sq for group then residual, F, p).
#include <catch2/catch.hpp>

#include <vector>

#include "core/stats/anova.h"
#include "tests/core/stats/labs_datasets.h"

using Catch::Matchers::WithinRel;
using ts::stats::oneWayAnova;
namespace data = ts::testdata;

TEST_CASE("one-way ANOVA matches R", "[anova]") {
    SECTION("PlantGrowth") {
        const auto r = oneWayAnova(data::plantWeight, data::plantGroup);
        // R: anova(lm(weight ~ group, data = PlantGrowth));
        //    oneway.test(weight ~ group, data = PlantGrowth, var.equal = TRUE) gives the same F, p
        CHECK(r.dfBetween == 2);
        CHECK(r.dfWithin == 27);
        CHECK_THAT(r.ssBetween, WithinRel(3.76634, 1e-12));
        CHECK_THAT(r.ssWithin, WithinRel(10.49209, 1e-12));
        CHECK_THAT(*r.msBetween, WithinRel(1.88317, 1e-12));
        CHECK_THAT(*r.msWithin, WithinRel(0.388595925925926, 1e-12));
        CHECK_THAT(*r.f, WithinRel(4.84608786238014, 1e-12));
        CHECK_THAT(*r.p, WithinRel(0.0159099583256229, 1e-9));
        CHECK(r.note.empty());
    }
    SECTION("warpbreaks by tension") {
        const auto r = oneWayAnova(data::warpBreaks, data::warpTension);
        // R: anova(lm(breaks ~ tension, data = warpbreaks))
        CHECK(r.dfWithin == 51);
        CHECK_THAT(r.ssBetween, WithinRel(2034.25925925926, 1e-12));
        CHECK_THAT(r.ssWithin, WithinRel(7198.55555555555, 1e-12));
        CHECK_THAT(*r.f, WithinRel(7.20611388087116, 1e-12));
        CHECK_THAT(*r.p, WithinRel(0.00175281674585271, 1e-9));
    }
    SECTION("InsectSprays: tiny p") {
        const auto r = oneWayAnova(data::insectCount, data::insectSpray);
        // R: anova(lm(count ~ spray, data = InsectSprays))
        CHECK(r.dfBetween == 5);
        CHECK(r.dfWithin == 66);
        CHECK_THAT(*r.f, WithinRel(34.7022820554917, 1e-12));
        CHECK_THAT(*r.p, WithinRel(3.18258372614518e-17, 1e-8));
    }
}

TEST_CASE("one-way ANOVA: empty groups and degenerate data", "[anova]") {
    SECTION("an empty group is dropped") {
        std::vector<int> group = data::plantGroup;
        for (int& g : group) g += 1;  // code 0 unused
        const auto r = oneWayAnova(data::plantWeight, group);
        // R: anova(lm(weight ~ group, data = PlantGrowth))
        CHECK(r.dfBetween == 2);
        CHECK_THAT(*r.f, WithinRel(4.84608786238014, 1e-12));
        CHECK(r.note == "empty groups ignored: 0");
    }
    SECTION("one value per group: no residual df") {
        const std::vector<double> v{1, 2, 3};
        const std::vector<int> g{0, 1, 2};
        const auto r = oneWayAnova(v, g);
        CHECK(r.dfWithin == 0);
        CHECK_FALSE(r.f);
        CHECK_FALSE(r.p);
        CHECK_FALSE(r.note.empty());
    }
    SECTION("no spread within groups") {
        const std::vector<double> v{1, 1, 2, 2};
        const std::vector<int> g{0, 0, 1, 1};
        const auto r = oneWayAnova(v, g);
        CHECK_THAT(r.ssBetween, WithinRel(1.0, 1e-15));
        CHECK_FALSE(r.f);
        CHECK(r.note == "no variation within groups: F not defined");
    }
    SECTION("a single group") {
        const std::vector<double> v{1, 2};
        const std::vector<int> g{0, 0};
        CHECK_FALSE(oneWayAnova(v, g).p);
    }
}
