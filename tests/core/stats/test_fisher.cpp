// Fisher's exact test for 2 x 2 tables against R 4.2 fisher.test. Golden values:
// tests/reference/labs_ae_reference.txt. fisherExact(a, b, c, d) is R's
// fisher.test(matrix(c(a, c, b, d), 2)).
// The p-value is compared with fisher.test to 1e-9. The odds-ratio estimate and CI are compared
// to 1e-9 with precise(), the R script's solution of fisher.test's own equations to 1e-13, and
// with fisher.test's printed values only to uniroot's tolerance (R solves them with the default
// tol = .Machine$double.eps^0.25 on psi for psi < 1, on 1/psi for psi > 1).
#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <vector>

#include "core/stats/fisher_exact.h"
#include "core/stats/fisher_exact_2xk.h"

using Catch::Matchers::WithinRel;
using ts::stats::fisherExact;
using ts::stats::FisherResult;

namespace {

// True when our value and R's agree within uniroot's tolerance on the scale R solved on.
bool withinUniroot(double ours, double r) {
    const double tol = 2 * std::pow(2.220446049250313e-16, 0.25);
    return ours <= 1 ? std::fabs(ours - r) < tol : std::fabs(1 / ours - 1 / r) < tol;
}

struct Expected {
    double p;
    double estimate, lower, upper;     // precise(...)
    double rEstimate, rLower, rUpper;  // fisher.test(...)
};

void check(const FisherResult& f, const Expected& e) {
    CHECK_THAT(f.p, WithinRel(e.p, 1e-9));
    REQUIRE(f.oddsRatio);
    REQUIRE(f.lower);
    REQUIRE(f.upper);
    CHECK_THAT(*f.oddsRatio, WithinRel(e.estimate, 1e-9));
    CHECK_THAT(*f.lower, WithinRel(e.lower, 1e-9));
    CHECK_THAT(*f.upper, WithinRel(e.upper, 1e-9));
    CHECK(withinUniroot(*f.oddsRatio, e.rEstimate));
    CHECK(withinUniroot(*f.lower, e.rLower));
    CHECK(withinUniroot(*f.upper, e.rUpper));
    CHECK(f.note.empty());
}

}  // namespace

TEST_CASE("Fisher 2 x 2 matches R", "[fisher]") {
    // R: fisher.test(matrix(c(3, 1, 1, 3), 2)) (tea tasting); precise(matrix(c(3, 1, 1, 3), 2))
    check(fisherExact(3, 1, 1, 3), {0.485714285714286, 6.40831965819968, 0.211735595446579, 626.243530588813,
                                    6.40830886700579, 0.211732915305503, 621.933750545417});
    // R: fisher.test(matrix(c(10, 2, 3, 15), 2)); precise(matrix(c(10, 2, 3, 15), 2))
    check(fisherExact(10, 3, 2, 15), {0.000536724119143437, 21.3053175567498, 2.75338278824932, 301.46233797152,
                                      21.3053312750167, 2.75343836564203, 300.682787419402});
    // R: fisher.test(matrix(c(45, 30, 22, 51), 2)); precise(matrix(c(45, 30, 22, 51), 2))
    check(fisherExact(45, 22, 30, 51), {0.000294529068800614, 3.4462942565406, 1.67066442325305, 7.28309050087839,
                                        3.44621645533193, 1.67069370256975, 7.28306165037449});
    // R: fisher.test(matrix(c(3, 83, 12, 72), 2)); precise(matrix(c(3, 83, 12, 72), 2))
    check(fisherExact(3, 12, 83, 72), {0.0151667414143154, 0.218647584614267, 0.0381124074020092, 0.853757414834025,
                                       0.218647698543455, 0.0381131596278175, 0.853758618347513});
    // R: fisher.test(matrix(c(7, 3, 5, 5), 2)); precise(matrix(c(7, 3, 5, 5), 2))
    check(fisherExact(7, 5, 3, 5), {0.649916646820672, 2.23408782260847, 0.272528488179376, 21.940126847654,
                                    2.23409580258112, 0.272527576175252, 21.9391352457977});
    // R: fisher.test(matrix(c(10, 2, 3, 15), 2), conf.level = 0.9);
    //    precise(matrix(c(10, 2, 3, 15), 2), 0.9)
    const auto f90 = fisherExact(10, 3, 2, 15, 0.9);
    check(f90, {0.000536724119143437, 21.3053175567498, 3.5092700538433, 200.22044935877, 21.3053312750167,
                3.50926275950253, 199.588062116572});
    CHECK(f90.level == 0.9);
}

TEST_CASE("Fisher with zero cells and zero margins", "[fisher]") {
    SECTION("a at the bottom of its range: estimate 0") {
        const auto f = fisherExact(0, 6, 5, 4);
        // R: fisher.test(matrix(c(0, 5, 6, 4), 2)) => p 0.043956043956044, estimate 0, CI 0 1.27875...
        CHECK_THAT(f.p, WithinRel(0.043956043956044, 1e-9));
        CHECK(*f.oddsRatio == 0);
        CHECK(*f.lower == 0);
        // R: precise(matrix(c(0, 5, 6, 4), 2)) upper limit
        CHECK_THAT(*f.upper, WithinRel(1.27873752448799, 1e-9));
        CHECK_FALSE(f.note.empty());
    }
    SECTION("a at the top of its range: estimate and upper limit infinite") {
        const auto f = fisherExact(5, 2, 0, 7);
        // R: fisher.test(matrix(c(5, 0, 2, 7), 2)) => p 0.020979020979021, estimate Inf, CI 1.4494... Inf
        CHECK_THAT(f.p, WithinRel(0.020979020979021, 1e-9));
        CHECK_FALSE(f.oddsRatio);
        CHECK_FALSE(f.upper);
        // R: precise(matrix(c(5, 0, 2, 7), 2)) lower limit
        CHECK_THAT(*f.lower, WithinRel(1.44947836684213, 1e-9));
        CHECK(f.note.find("infinite") != std::string::npos);
    }
    SECTION("a zero margin carries no information") {
        const auto f = fisherExact(0, 3, 0, 4);  // R: fisher.test(matrix(c(0, 0, 3, 4), 2)) p = 1
        CHECK(f.p == 1);
        CHECK_FALSE(f.oddsRatio);
        CHECK_FALSE(f.lower);
        CHECK_FALSE(f.upper);
        CHECK_FALSE(f.note.empty());
    }
    SECTION("symmetric table: p = 1 despite rounding of equal probabilities") {
        const auto f = fisherExact(4, 4, 4, 4);  // R: fisher.test(matrix(c(4, 4, 4, 4), 2))$p.value = 1
        CHECK_THAT(f.p, WithinRel(1.0, 1e-12));
        CHECK_THAT(*f.oddsRatio, WithinRel(1.0, 1e-9));
    }
}

TEST_CASE("Fisher-Freeman-Halton 2 x k matches R", "[fisher]") {
    using ts::stats::fisherExact2xK;
    const auto p = [](std::vector<int> events, std::vector<int> totals) {
        const auto r = fisherExact2xK(events, totals);
        REQUIRE(r.p);
        return *r.p;
    };
    // R: fisher.test(rbind(c(3, 8, 12), c(86, 84, 84) - c(3, 8, 12)))
    CHECK_THAT(p({3, 8, 12}, {86, 84, 84}), WithinRel(0.035827582828792, 1e-7));
    // R: fisher.test(rbind(c(1, 4, 0, 5), c(10, 10, 10, 10) - c(1, 4, 0, 5)))
    CHECK_THAT(p({1, 4, 0, 5}, {10, 10, 10, 10}), WithinRel(0.0316050200700151, 1e-7));
    // R: fisher.test(rbind(c(40, 52, 61), c(100, 100, 100) - c(40, 52, 61)))
    CHECK_THAT(p({40, 52, 61}, {100, 100, 100}), WithinRel(0.0126071539686145, 1e-7));
    // R: fisher.test(rbind(c(2, 2, 2), c(20, 20, 20) - c(2, 2, 2))) (the most likely table)
    CHECK_THAT(p({2, 2, 2}, {20, 20, 20}), WithinRel(1.0, 1e-9));
    // k = 2 is the 2 x 2 test: R: fisher.test(rbind(c(10, 3), c(12, 18) - c(10, 3)))
    CHECK_THAT(p({10, 3}, {12, 18}), WithinRel(0.000536724119143437, 1e-9));
    CHECK_THAT(p({10, 3}, {12, 18}), WithinRel(fisherExact(10, 3, 2, 15).p, 1e-9));
}

TEST_CASE("Fisher 2 x k: empty groups, no events, too many tables", "[fisher]") {
    using ts::stats::fisherExact2xK;
    const std::vector<int> events{3, 0, 12}, totals{86, 0, 84};
    const auto dropped = fisherExact2xK(events, totals);
    // R: fisher.test(matrix(c(3, 83, 12, 72), 2)) (the empty group contributes nothing)
    CHECK_THAT(*dropped.p, WithinRel(0.0151667414143154, 1e-9));
    CHECK(dropped.note == "empty group 1 ignored");

    const std::vector<int> none{0, 0, 0}, sizes{5, 6, 7};
    const auto flat = fisherExact2xK(none, sizes);
    CHECK(*flat.p == 1);
    CHECK(flat.tables == 1);

    const std::vector<int> one{1}, oneTotal{4};
    CHECK_FALSE(fisherExact2xK(one, oneTotal).p);

    const std::vector<int> many{50, 50, 50, 50, 50}, big{100, 100, 100, 100, 100};
    const auto capped = fisherExact2xK(many, big);  // 101^4 > 1e7 tables
    CHECK_FALSE(capped.p);
    CHECK(capped.note.find("chi-square") != std::string::npos);
}
