// Descriptive statistics, quantiles and change from baseline against R 4.2.
// Golden values: tests/reference/labs_ae_reference.R -> labs_ae_reference.txt.
#include <catch2/catch.hpp>

#include <array>
#include <vector>

#include "core/stats/change.h"
#include "core/stats/describe.h"
#include "core/stats/quantile.h"
#include "tests/core/stats/labs_datasets.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using ts::stats::describe;
using ts::testdata::sleepExtra;

TEST_CASE("describe matches R on sleep$extra", "[describe]") {
    const auto d = describe(sleepExtra);
    // R: n, mean, sd, sd/sqrt(n), mean -/+ qt(.975, n-1) se (= t.test(sleep$extra)$conf.int),
    //    quantile(x, c(.25,.5,.75)), min, max; x = sleep$extra
    CHECK(d.n == 20);
    CHECK_THAT(*d.mean, WithinRel(1.54, 1e-12));
    CHECK_THAT(*d.sd, WithinRel(2.01791972090071, 1e-12));
    CHECK_THAT(*d.se, WithinRel(0.451220566907139, 1e-12));
    CHECK_THAT(*d.lower, WithinRel(0.595584499619604, 1e-10));
    CHECK_THAT(*d.upper, WithinRel(2.4844155003804, 1e-10));
    CHECK_THAT(*d.q1, WithinAbs(-0.025, 1e-14));
    CHECK_THAT(*d.median, WithinRel(0.95, 1e-14));
    CHECK_THAT(*d.q3, WithinRel(3.4, 1e-14));
    CHECK(*d.min == -1.6);
    CHECK(*d.max == 5.5);
    CHECK(d.note.empty());
}

TEST_CASE("describe matches R on airquality Ozone", "[describe]") {
    const auto& ozone = ts::testdata::ozone;
    REQUIRE(ozone.size() == 116);
    const auto d = describe(ozone);
    // R: same summary line, x = na.omit(airquality$Ozone)
    CHECK_THAT(*d.mean, WithinRel(42.1293103448276, 1e-12));
    CHECK_THAT(*d.sd, WithinRel(32.987884514434, 1e-12));
    CHECK_THAT(*d.se, WithinRel(3.06284818532667, 1e-12));
    CHECK_THAT(*d.lower, WithinRel(36.0623975620761, 1e-10));
    CHECK_THAT(*d.upper, WithinRel(48.1962231275791, 1e-10));
    CHECK_THAT(*d.q1, WithinRel(18.0, 1e-14));
    CHECK_THAT(*d.median, WithinRel(31.5, 1e-14));
    CHECK_THAT(*d.q3, WithinRel(63.25, 1e-14));
    CHECK(*d.min == 1);
    CHECK(*d.max == 168);
}

TEST_CASE("describe: small and degenerate samples", "[describe]") {
    SECTION("c(1, 2, 3, 4)") {
        const std::vector<double> x{4, 1, 3, 2};  // order must not matter
        const auto d = describe(x);
        // R: summary line for x = c(1, 2, 3, 4)
        CHECK_THAT(*d.sd, WithinRel(1.29099444873581, 1e-12));
        CHECK_THAT(*d.lower, WithinRel(0.445739743239479, 1e-10));
        CHECK_THAT(*d.upper, WithinRel(4.55426025676052, 1e-10));
        CHECK_THAT(*d.q1, WithinRel(1.75, 1e-14));
        CHECK_THAT(*d.median, WithinRel(2.5, 1e-14));
        CHECK_THAT(*d.q3, WithinRel(3.25, 1e-14));
    }
    SECTION("all values equal: SD 0, CI of zero width") {
        const std::vector<double> x{4, 4, 4, 4, 4};
        const auto d = describe(x);
        // R: summary line for x = c(4, 4, 4, 4, 4) (sd 0, interval 4 4)
        CHECK(*d.sd == 0);
        CHECK(*d.lower == 4);
        CHECK(*d.upper == 4);
        CHECK(*d.median == 4);
        CHECK(*d.q1 == 4);
    }
    SECTION("n = 1: location only") {
        const std::vector<double> x{5.5};
        const auto d = describe(x);
        CHECK(d.n == 1);
        CHECK(*d.mean == 5.5);
        CHECK(*d.median == 5.5);
        CHECK(*d.q1 == 5.5);
        CHECK(*d.q3 == 5.5);
        CHECK_FALSE(d.sd);  // R: sd(5.5) is NA
        CHECK_FALSE(d.se);
        CHECK_FALSE(d.lower);
        CHECK_FALSE(d.upper);
        CHECK_FALSE(d.note.empty());
    }
    SECTION("n = 0: nothing") {
        const auto d = describe({});
        CHECK(d.n == 0);
        CHECK_FALSE(d.mean);
        CHECK_FALSE(d.median);
        CHECK_FALSE(d.min);
        CHECK_FALSE(d.note.empty());
    }
    SECTION("large offset: no cancellation") {
        const std::vector<double> x{1e9 + 3, 1e9 + 1, 1e9 + 2};
        const auto d = describe(x);
        // R: sd(c(1e9 + 1, 1e9 + 2, 1e9 + 3)) = 1; quantile(.., .25) = 1000000001.5
        CHECK_THAT(*d.sd, WithinRel(1.0, 1e-12));
        CHECK_THAT(*d.q1, WithinRel(1000000001.5, 1e-15));
        CHECK_THAT(*d.median, WithinRel(1000000002.0, 1e-15));
    }
    SECTION("90% interval is narrower") {
        const auto d90 = describe(sleepExtra, 0.90);
        const auto d95 = describe(sleepExtra);
        CHECK(*d90.lower > *d95.lower);
        CHECK(*d90.upper < *d95.upper);
        CHECK(d90.level == 0.90);
    }
}

TEST_CASE("quantiles follow R type 7", "[describe][quantile]") {
    const std::array<double, 6> probs{0, 0.1, 0.25, 0.5, 0.9, 1};
    const auto q = ts::stats::quantiles(ts::testdata::mtcarsMpg, probs);
    // R: quantile(mtcars$mpg, c(0, 0.1, 0.25, 0.5, 0.9, 1), type = 7)
    const std::array<double, 6> expected{10.4, 14.34, 15.425, 19.2, 30.09, 33.9};
    for (std::size_t i = 0; i < probs.size(); ++i) {
        INFO("p = " << probs[i]);
        CHECK_THAT(*q[i], WithinRel(expected[i], 1e-14));
    }
    CHECK_FALSE(ts::stats::quantiles({}, probs)[0]);
}

TEST_CASE("change and percent change from baseline", "[describe][change]") {
    using ts::stats::changeFromBaseline;
    using ts::stats::percentChange;
    CHECK(*changeFromBaseline(30, 40) == -10);
    CHECK_THAT(*percentChange(30, 40), WithinRel(-25.0, 1e-15));
    CHECK_THAT(*percentChange(50, 40), WithinRel(25.0, 1e-15));
    CHECK_FALSE(changeFromBaseline(30, std::nullopt));
    CHECK_FALSE(percentChange(30, std::nullopt));
    CHECK_FALSE(percentChange(30, 0.0));  // undefined ratio, never an infinity
    CHECK(*changeFromBaseline(30, 0.0) == 30);
}
