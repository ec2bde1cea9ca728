// Wilcoxon signed-rank and rank-sum tests against R 4.2 wilcox.test (exact = NULL,
// correct = TRUE unless stated). Golden values: tests/reference/labs_ae_reference.txt
// (each line: statistic, p; R's method in brackets).
#include <catch2/catch.hpp>

#include <span>
#include <vector>

#include "core/stats/wilcoxon.h"
#include "core/stats/wilcoxon_dist.h"
#include "tests/core/stats/labs_datasets.h"
#include "tests/core/stats/labs_select.h"

using Catch::Matchers::WithinRel;
using namespace ts::stats;
using ts::testdata::where;

namespace {

// 0.37 i + 0.011 i^2 (i = 1..n) and 0.41 i + 0.5: two untied samples built as in the R script.
std::vector<double> curve(int n) {
    std::vector<double> v;
    for (int i = 1; i <= n; ++i) v.push_back(0.37 * i + 0.011 * (i * i));
    return v;
}
std::vector<double> line(int n, double slope = 0.41, double intercept = 0.5) {
    std::vector<double> v;
    for (int i = 1; i <= n; ++i) v.push_back(slope * i + intercept);
    return v;
}
// (1:n) - 20.3
std::vector<double> shifted(int n) {
    std::vector<double> v;
    for (int i = 1; i <= n; ++i) v.push_back(i - 20.3);
    return v;
}

void check(const WilcoxonResult& r, double statistic, double p, const char* method) {
    REQUIRE(r.p);
    CHECK(*r.statistic == statistic);
    CHECK_THAT(*r.p, WithinRel(p, 1e-9));
    CHECK(r.method == method);
}

}  // namespace

TEST_CASE("rank-sum test, exact branch", "[wilcoxon]") {
    const std::vector<double> x{0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    const std::vector<double> y{1.15, 0.88, 0.90, 0.74, 1.21};
    // R: wilcox.test(c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46),
    //                c(1.15, 0.88, 0.90, 0.74, 1.21))
    check(rankSum(x, y), 35, 0.254412254412254, "Wilcoxon rank sum exact test");
    CHECK(rankSum(x, y).exact);
    // R: wilcox.test(0.37 * (1:30) + 0.011 * (1:30)^2, 0.41 * (1:25) + 0.5)
    check(rankSum(curve(30), line(25)), 480, 0.0772310658515867, "Wilcoxon rank sum exact test");
    // R: wilcox.test(c(1, 2, 3), c(4, 5, 6))
    check(rankSum(std::vector<double>{1, 2, 3}, std::vector<double>{4, 5, 6}), 0, 0.1, "Wilcoxon rank sum exact test");
    // R: wilcox.test(c(1), c(2))
    check(rankSum(std::vector<double>{1}, std::vector<double>{2}), 0, 1, "Wilcoxon rank sum exact test");
}

TEST_CASE("rank-sum test, normal approximation", "[wilcoxon]") {
    const std::span<const double> sleep(ts::testdata::sleepExtra);
    // R: wilcox.test(extra ~ group, data = sleep)   (ties)
    check(rankSum(sleep.first(10), sleep.last(10)), 25.5, 0.0693275754336266,
          "Wilcoxon rank sum test with continuity correction");
    // R: wilcox.test(mpg ~ am, data = mtcars)
    check(rankSum(where(ts::testdata::mtcarsMpg, ts::testdata::mtcarsAm, 0),
                  where(ts::testdata::mtcarsMpg, ts::testdata::mtcarsAm, 1)),
          42, 0.00187139133317856, "Wilcoxon rank sum test with continuity correction");
    // R: wilcox.test(airquality$Ozone[airquality$Month == 5], airquality$Ozone[airquality$Month == 8])
    check(rankSum(where(ts::testdata::ozone, ts::testdata::ozoneMonth, 0),
                  where(ts::testdata::ozone, ts::testdata::ozoneMonth, 3)),
          127.5, 0.000120807830768774, "Wilcoxon rank sum test with continuity correction");
    // R: wilcox.test(0.37 * (1:30) + 0.011 * (1:30)^2, 0.41 * (1:55) + 0.5)   (n >= 50: normal)
    const auto big = rankSum(curve(30), line(55));
    check(big, 621.5, 0.0619296469174306, "Wilcoxon rank sum test with continuity correction");
    CHECK_FALSE(big.exact);
}

TEST_CASE("signed-rank test matches R", "[wilcoxon]") {
    const std::vector<double> x{1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    const std::vector<double> y{0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    // R: wilcox.test(c(1.83, ...), c(0.878, ...), paired = TRUE)
    check(pairedSignedRank(x, y), 40, 0.0390625, "Wilcoxon signed rank exact test");

    const std::span<const double> sleep(ts::testdata::sleepExtra);
    // R: wilcox.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)   (ties and a zero)
    check(pairedSignedRank(sleep.first(10), sleep.last(10)), 0, 0.00909069801592506,
          "Wilcoxon signed rank test with continuity correction");
    // R: wilcox.test(sleep$extra, mu = 1)
    check(signedRank(sleep, 1), 123.5, 0.501442174774275, "Wilcoxon signed rank test with continuity correction");

    // The exact rule switches at n = 50.
    // R: wilcox.test((1:49) - 20.3)
    check(signedRank(shifted(49)), 825, 0.0341261507155544, "Wilcoxon signed rank exact test");
    // R: wilcox.test((1:50) - 20.3)
    check(signedRank(shifted(50)), 875, 0.0221475951510769, "Wilcoxon signed rank test with continuity correction");
    // R: wilcox.test((1:49) - 20.3, correct = FALSE, exact = FALSE)
    check(signedRank(shifted(49), 0, false, false), 825, 0.0345323437465721, "Wilcoxon signed rank test");
}

TEST_CASE("exact = true beyond n = 50, bounded by kExactLimit", "[wilcoxon]") {
    // R: wilcox.test((1:60) - 20.3, exact = TRUE)
    check(signedRank(shifted(60), 0, true), 1430, 9.17204309188232e-05, "Wilcoxon signed rank exact test");
    // R: wilcox.test(0.37 * (1:60) + 0.011 * (1:60)^2, 0.413 * (1:70) + 0.5001, exact = TRUE)
    check(rankSum(curve(60), line(70, 0.413, 0.5001), true), 2645, 0.0106652502322906, "Wilcoxon rank sum exact test");
    // Above the limit the request is declined with a note; the p is R's normal approximation.
    const auto big = signedRank(shifted(250), 0, true);
    // R: wilcox.test((1:250) - 20.3, exact = FALSE)
    check(big, 30975, 1.08124606849974e-40, "Wilcoxon signed rank test with continuity correction");
    CHECK_FALSE(big.exact);
    CHECK(big.note.find("too large") != std::string::npos);
}

TEST_CASE("Wilcoxon edge cases are typed, not NaN", "[wilcoxon]") {
    const std::vector<double> same{2, 2, 2}, empty{};
    auto r = signedRank(same, 2);  // every difference zero: R returns NaN
    CHECK(*r.statistic == 0);
    CHECK_FALSE(r.p);
    CHECK_FALSE(r.note.empty());
    r = rankSum(same, same);  // all tied: variance zero
    CHECK_FALSE(r.p);
    CHECK_FALSE(r.note.empty());
    r = rankSum(empty, same);  // R stops: not enough 'x' observations
    CHECK_FALSE(r.statistic);
    CHECK_FALSE(r.p);
    r = signedRank(empty);
    CHECK_FALSE(r.p);
    // exact = TRUE with ties falls back to the normal approximation, as R does
    const std::span<const double> sleep(ts::testdata::sleepExtra);
    r = rankSum(sleep.first(10), sleep.last(10), true);
    CHECK_FALSE(r.exact);
    CHECK_THAT(*r.p, WithinRel(0.0693275754336266, 1e-9));  // R: as wilcox.test(extra ~ group, data = sleep)
}

TEST_CASE("exact null distributions match psignrank / pwilcox", "[wilcoxon]") {
    // R: psignrank(10, 20), psignrank(150, 20, lower.tail = FALSE), pwilcox(100, 30, 25),
    //    pwilcox(700, 30, 25, lower.tail = FALSE), pwilcox(3, 49, 49)
    CHECK_THAT(signRankCdf(10, 20), WithinRel(4.10079956054688e-05, 1e-12));
    CHECK_THAT(signRankCdf(150, 20, true), WithinRel(0.0448474884033203, 1e-12));
    CHECK_THAT(rankSumCdf(100, 30, 25), WithinRel(3.57746503414273e-07, 1e-10));
    CHECK_THAT(rankSumCdf(700, 30, 25, true), WithinRel(3.4376545977219e-10, 1e-10));
    CHECK_THAT(rankSumCdf(3, 49, 49), WithinRel(2.74751021753715e-28, 1e-10));
}
