// Kruskal-Wallis test against R 4.2 kruskal.test. Golden values:
// tests/reference/labs_ae_reference.txt (statistic, df, p).
#include <catch2/catch.hpp>

#include <vector>

#include "core/stats/kruskal_wallis.h"
#include "tests/core/stats/labs_datasets.h"

using Catch::Matchers::WithinRel;
using ts::stats::kruskalWallis;
namespace data = ts::testdata;

TEST_CASE("Kruskal-Wallis matches R", "[kruskal]") {
    SECTION("InsectSprays (many ties)") {
        const auto r = kruskalWallis(data::insectCount, data::insectSpray);
        // R: kruskal.test(count ~ spray, data = InsectSprays)
        CHECK_THAT(*r.statistic, WithinRel(54.6913446223714, 1e-12));
        CHECK(*r.df == 5);
        CHECK_THAT(*r.p, WithinRel(1.51084443941851e-10, 1e-9));
        CHECK(r.note.empty());
    }
    SECTION("airquality Ozone by Month") {
        const auto r = kruskalWallis(data::ozone, data::ozoneMonth);
        // R: kruskal.test(Ozone ~ Month, data = airquality)
        CHECK_THAT(*r.statistic, WithinRel(29.2665763061169, 1e-12));
        CHECK(*r.df == 4);
        CHECK_THAT(*r.p, WithinRel(6.90071411854678e-06, 1e-9));
    }
    SECTION("PlantGrowth") {
        const auto r = kruskalWallis(data::plantWeight, data::plantGroup);
        // R: kruskal.test(weight ~ group, data = PlantGrowth)
        CHECK_THAT(*r.statistic, WithinRel(7.98822874944372, 1e-12));
        CHECK(*r.df == 2);
        CHECK_THAT(*r.p, WithinRel(0.018423755731472, 1e-9));
    }
}

TEST_CASE("Kruskal-Wallis: empty groups and degenerate data", "[kruskal]") {
    SECTION("an empty group is dropped, as R drops unused levels") {
        std::vector<int> group = data::plantGroup;
        for (int& g : group) g = g == 0 ? 0 : g + 1;  // codes 0, 2, 3: code 1 has no value
        const auto r = kruskalWallis(data::plantWeight, group);
        // R: kruskal.test(weight ~ group, data = PlantGrowth) (the same three non-empty groups)
        CHECK_THAT(*r.statistic, WithinRel(7.98822874944372, 1e-12));
        CHECK(*r.df == 2);
        CHECK(r.note == "empty groups ignored: 1");
    }
    SECTION("one group only") {
        const std::vector<double> v{1, 2, 3};
        const std::vector<int> g{0, 0, 0};
        const auto r = kruskalWallis(v, g);
        CHECK_FALSE(r.statistic);
        CHECK_FALSE(r.p);
        CHECK(r.note == "fewer than two non-empty groups");
    }
    SECTION("all values tied (R: NaN)") {
        const std::vector<double> v{4, 4, 4, 4};
        const std::vector<int> g{0, 0, 1, 1};
        const auto r = kruskalWallis(v, g);
        CHECK_FALSE(r.p);
        CHECK(r.note == "all values are tied");
    }
    SECTION("no values") {
        const auto r = kruskalWallis({}, {});
        CHECK_FALSE(r.p);
    }
}
