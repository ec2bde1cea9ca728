// Pearson chi-square test against R 4.2 chisq.test. Golden values:
// tests/reference/labs_ae_reference.txt (statistic, df, p, expected in R's column-major order;
// the tables here are row-major, so the expected counts are listed row by row).
#include <catch2/catch.hpp>

#include <cstddef>
#include <vector>

#include "core/stats/chi_square.h"
#include "tests/core/stats/labs_datasets.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using ts::stats::chiSquare;

namespace {

void checkExpected(const ts::stats::ChiSquareResult& r, const std::vector<double>& expected) {
    REQUIRE(r.expected.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("cell " << i);
        CHECK_THAT(r.expected[i], WithinRel(expected[i], 1e-12));
    }
}

}  // namespace

TEST_CASE("2 x 2 chi-square with and without Yates", "[chi_square]") {
    const std::vector<double> table{12, 7, 5, 9};  // R: matrix(c(12, 5, 7, 9), 2)
    const std::vector<double> expected{9.78787878787879, 9.21212121212121, 7.21212121212121, 6.78787878787879};
    const auto yates = chiSquare(table, 2, 2);
    // R: chisq.test(matrix(c(12, 5, 7, 9), 2))
    CHECK(yates.yates);
    CHECK_THAT(*yates.statistic, WithinRel(1.45599637881468, 1e-12));
    CHECK(yates.df == 1);
    CHECK_THAT(*yates.p, WithinRel(0.22756821457581, 1e-10));
    checkExpected(yates, expected);
    CHECK_FALSE(yates.lowExpected);

    const auto plain = chiSquare(table, 2, 2, false);
    // R: chisq.test(matrix(c(12, 5, 7, 9), 2), correct = FALSE)
    CHECK_FALSE(plain.yates);
    CHECK_THAT(*plain.statistic, WithinRel(2.43057551968156, 1e-12));
    CHECK_THAT(*plain.p, WithinRel(0.118989205532145, 1e-10));

    // R: chisq.test(matrix(c(5, 5, 5, 6), 2)): |O - E| < 0.5, so Yates brings X^2 to exactly 0
    const std::vector<double> close{5, 5, 5, 6};
    const auto c = chiSquare(close, 2, 2);
    CHECK_THAT(*c.statistic, WithinAbs(0.0, 1e-15));
    CHECK_THAT(*c.p, WithinRel(1.0, 1e-15));
    CHECK(c.lowExpected);

    // AE-style table: 3/86 vs 12/84 subjects with the event.
    const std::vector<double> ae{3, 12, 83, 72};  // R: matrix(c(3, 83, 12, 72), 2)
    const auto a = chiSquare(ae, 2, 2);
    // R: chisq.test(matrix(c(3, 83, 12, 72), 2))
    CHECK_THAT(*a.statistic, WithinRel(4.88897521999548, 1e-12));
    CHECK_THAT(*a.p, WithinRel(0.0270287249350658, 1e-10));
}

TEST_CASE("r x c chi-square", "[chi_square]") {
    SECTION("mtcars cyl x gear, small expected counts") {
        std::vector<double> table(9, 0.0);
        for (std::size_t i = 0; i < ts::testdata::mtcarsCyl.size(); ++i)
            table[static_cast<std::size_t>(ts::testdata::mtcarsCyl[i] * 3 + ts::testdata::mtcarsGear[i])] += 1;
        CHECK(table == std::vector<double>{1, 8, 2, 2, 4, 1, 12, 0, 2});  // R: table(mtcars$cyl, mtcars$gear)
        const auto r = chiSquare(table, 3, 3);
        // R: chisq.test(table(mtcars$cyl, mtcars$gear))
        CHECK_FALSE(r.yates);
        CHECK_THAT(*r.statistic, WithinRel(18.0363636363636, 1e-12));
        CHECK(r.df == 4);
        CHECK_THAT(*r.p, WithinRel(0.00121406603378516, 1e-10));
        checkExpected(r, {5.15625, 4.125, 1.71875, 3.28125, 2.625, 1.09375, 6.5625, 5.25, 2.1875});
        CHECK(r.lowExpected);
        CHECK_FALSE(r.note.empty());
    }
    SECTION("hair x eye colour, tiny p") {
        // R: apply(HairEyeColor, c(1, 2), sum)
        const std::vector<double> table{68, 20, 15, 5, 119, 84, 54, 29, 26, 17, 14, 14, 7, 94, 10, 16};
        const auto r = chiSquare(table, 4, 4);
        // R: chisq.test(apply(HairEyeColor, c(1, 2), sum))
        CHECK_THAT(*r.statistic, WithinRel(138.289841626008, 1e-12));
        CHECK(r.df == 9);
        CHECK_THAT(*r.p, WithinRel(2.32528678709881e-25, 1e-9));
        CHECK_THAT(r.expected[0], WithinRel(40.1351351351351, 1e-12));
        CHECK_THAT(r.expected[1], WithinRel(39.222972972973, 1e-12));
        CHECK_THAT(r.expected[4], WithinRel(106.283783783784, 1e-12));
        CHECK_THAT(r.expected[15], WithinRel(13.7297297297297, 1e-12));
        CHECK_FALSE(r.lowExpected);
    }
}

TEST_CASE("chi-square: not estimable tables", "[chi_square]") {
    const std::vector<double> zeroRow{0, 0, 4, 6};
    const auto r = chiSquare(zeroRow, 2, 2);  // R: NaN
    CHECK_FALSE(r.statistic);
    CHECK_FALSE(r.p);
    CHECK_FALSE(r.note.empty());
    const std::vector<double> oneRow{1, 2, 3};
    CHECK_FALSE(chiSquare(oneRow, 1, 3).p);
}
