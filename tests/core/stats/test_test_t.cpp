// t tests against R 4.2 t.test. Golden values: tests/reference/labs_ae_reference.txt
// (each line: statistic, df, p, conf.int, stderr).
#include <catch2/catch.hpp>

#include <span>
#include <vector>

#include "core/stats/t_test.h"
#include "tests/core/stats/labs_datasets.h"
#include "tests/core/stats/labs_select.h"

using Catch::Matchers::WithinRel;
using namespace ts::stats;
using ts::testdata::where;

namespace {

struct Expected {
    double t, df, p, lower, upper, stdErr;
};

void checkAgainst(const TTestResult& r, const Expected& e) {
    REQUIRE(r.t);
    CHECK_THAT(*r.t, WithinRel(e.t, 1e-10));
    CHECK_THAT(*r.df, WithinRel(e.df, 1e-10));
    CHECK_THAT(*r.p, WithinRel(e.p, 1e-9));
    CHECK_THAT(*r.lower, WithinRel(e.lower, 1e-10));
    CHECK_THAT(*r.upper, WithinRel(e.upper, 1e-10));
    CHECK_THAT(*r.stdErr, WithinRel(e.stdErr, 1e-10));
    CHECK(r.note.empty());
}

const std::span<const double> sleep1(ts::testdata::sleepExtra.data(), 10);
const std::span<const double> sleep2(ts::testdata::sleepExtra.data() + 10, 10);

}  // namespace

TEST_CASE("Welch t test matches R", "[t_test]") {
    SECTION("sleep") {
        const auto r = welchTTest(sleep1, sleep2);
        // R: t.test(extra ~ group, data = sleep)
        checkAgainst(r, {-1.86081346748685, 17.7764735161785, 0.0793941401873582, -3.36548323071171, 0.20548323071171,
                         0.849091017238762});
        CHECK_THAT(*r.estimate, WithinRel(0.75 - 2.33, 1e-12));
        CHECK_THAT(*r.meanX, WithinRel(0.75, 1e-12));
        CHECK_THAT(*r.meanY, WithinRel(2.33, 1e-12));
        CHECK(r.method == "Welch Two Sample t-test");
    }
    const auto oj = where(ts::testdata::toothLen, ts::testdata::toothSupp, 0);
    const auto vc = where(ts::testdata::toothLen, ts::testdata::toothSupp, 1);
    SECTION("ToothGrowth") {
        // R: t.test(len ~ supp, data = ToothGrowth)
        checkAgainst(welchTTest(oj, vc), {1.91526826869527, 55.3094326826406, 0.0606345078809341, -0.171015618367165,
                                          7.57101561836716, 1.93184425413184});
    }
    SECTION("ToothGrowth, 90% interval") {
        // R: t.test(len ~ supp, data = ToothGrowth, conf.level = 0.9)
        checkAgainst(welchTTest(oj, vc, 0.9), {1.91526826869527, 55.3094326826406, 0.0606345078809341,
                                               0.468268689855384, 6.93173131014461, 1.93184425413184});
    }
    SECTION("one group constant") {
        const std::vector<double> x{1, 2, 3}, y{10, 10, 10};
        // R: t.test(c(1, 2, 3), c(10, 10, 10))
        checkAgainst(welchTTest(x, y), {-13.856406460551, 2, 0.00516799325238609, -10.4841377117503, -5.51586228824967,
                                        0.577350269189626});
    }
}

TEST_CASE("paired and one-sample t tests match R", "[t_test]") {
    const auto paired = pairedTTest(sleep1, sleep2);
    // R: t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)
    checkAgainst(paired,
                 {-4.06212768338204, 9, 0.00283289019738427, -2.45988576327698, -0.700114236723018, 0.388958723888395});
    CHECK_THAT(*paired.estimate, WithinRel(-1.58, 1e-12));
    CHECK(paired.method == "Paired t-test");

    // R: t.test(mtcars$mpg, mu = 20)
    const auto one = oneSampleTTest(ts::testdata::mtcarsMpg, 20);
    checkAgainst(one, {0.0850600356813336, 31, 0.93276064090939, 17.9176785087462, 22.2635714912538, 1.06542395937281});
    CHECK_THAT(*one.estimate, WithinRel(20.090625, 1e-12));
}

TEST_CASE("t tests report R's reasons when not estimable", "[t_test]") {
    const std::vector<double> one{3.0}, three{1, 2, 3}, constant{5, 5, 5, 5};
    // R: t.test(3) stops "not enough 'x' observations"
    auto r = oneSampleTTest(one);
    CHECK_FALSE(r.t);
    CHECK_FALSE(r.p);
    CHECK(r.note == "not enough 'x' observations");
    // R: t.test(c(1, 2, 3), 3) stops "not enough 'y' observations"
    r = welchTTest(three, one);
    CHECK_FALSE(r.p);
    CHECK(r.note == "not enough 'y' observations");
    // R: t.test(c(5, 5, 5, 5), c(5, 5, 5, 5)) stops "data are essentially constant"
    r = welchTTest(constant, constant);
    CHECK_FALSE(r.t);
    CHECK(r.note == "data are essentially constant");
    // R: t.test(c(1, 2, 3), c(0, 1, 2), paired = TRUE): differences all 1, constant
    const std::vector<double> shifted{0, 1, 2};
    r = pairedTTest(three, shifted);
    CHECK_FALSE(r.p);
    CHECK(r.note == "data are essentially constant");
    r = pairedTTest(three, one);
    CHECK_FALSE(r.p);
    CHECK_FALSE(r.note.empty());
}
