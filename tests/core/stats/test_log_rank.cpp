// Log-rank family against R survival 3.5. Golden values: tests/reference/survival/logrank.csv
// (survdiff(Surv(time, status) ~ group [+ strata(strata)], rho = rho); gamma > 0 by the hand
// formula fh() in survival_reference.R, which reproduces survdiff at gamma = 0), trend.csv and
// pairwise.csv (survdiff on each pair + p.adjust(p, "holm")).
#include <catch2/catch.hpp>

#include <sstream>

#include "core/stats/log_rank.h"
#include "core/stats/log_rank_trend.h"
#include "core/stats/pairwise_log_rank.h"
#include "surv_reference.h"

using namespace ts::stats;

TEST_CASE("Log-rank and Fleming-Harrington tests match survdiff", "[logrank]") {
    const auto ref = surv_ref::read("logrank.csv");
    std::size_t tests = 0;
    for (std::size_t r = 0; r < ref.rows.size();) {
        const std::string name = ref.str(r, "case");
        const double rho = ref.num(r, "rho"), gamma = ref.num(r, "gamma");
        const bool stratified = ref.num(r, "stratified") != 0;
        INFO(name << " rho " << rho << " gamma " << gamma << " stratified " << stratified);
        const auto d = surv_ref::readCase(name);
        const LogRankResult lr =
            logRank(d.time, d.status, d.group, stratified ? std::span<const int>(d.strata) : std::span<const int>(),
                    rho, gamma);
        surv_ref::close(lr.chisq, ref.num(r, "chisq"), 1e-8);
        CHECK(lr.df == static_cast<int>(ref.num(r, "df")));
        surv_ref::close(lr.p, ref.num(r, "p"), 1e-7);
        const std::size_t k = lr.observed.size();
        for (std::size_t g = 0; g < k; ++g, ++r) {
            REQUIRE(static_cast<std::size_t>(ref.num(r, "group")) == g);
            surv_ref::close(lr.observed[g], ref.num(r, "obs"));
            surv_ref::close(lr.expected[g], ref.num(r, "exp"));
            surv_ref::close(lr.variance[g * k + g], ref.num(r, "var.diag"));
            surv_ref::close(lr.variance[g * k], ref.num(r, "var.first"));
        }
        ++tests;
    }
    CHECK(tests == 60);
}

TEST_CASE("Log-rank trend test matches the score formula on survdiff", "[logrank][trend]") {
    const auto ref = surv_ref::read("trend.csv");
    for (std::size_t r = 0; r < ref.rows.size(); ++r) {
        const std::string name = ref.str(r, "case");
        INFO(name << " scores " << ref.str(r, "scores") << " rho " << ref.num(r, "rho") << " gamma "
                  << ref.num(r, "gamma"));
        const auto d = surv_ref::readCase(name);
        std::vector<double> scores;
        std::istringstream in(ref.str(r, "scores"));
        for (double s; in >> s;) scores.push_back(s);
        const TrendResult t =
            logRankTrend(d.time, d.status, d.group, scores, {}, ref.num(r, "rho"), ref.num(r, "gamma"));
        surv_ref::close(t.z, ref.num(r, "z"), 1e-8);
        surv_ref::close(t.chisq, ref.num(r, "chisq"), 1e-8);
        surv_ref::close(t.p, ref.num(r, "p"), 1e-7);
    }
}

TEST_CASE("Pairwise log-rank with Holm matches survdiff + p.adjust", "[logrank][pairwise]") {
    const auto ref = surv_ref::read("pairwise.csv");
    std::size_t r = 0;
    while (r < ref.rows.size()) {
        const std::string name = ref.str(r, "case");
        INFO(name);
        const auto d = surv_ref::readCase(name);
        const auto pairs = pairwiseLogRank(d.time, d.status, d.group);
        for (const PairwiseResult& p : pairs) {
            REQUIRE(r < ref.rows.size());
            CHECK(p.groupA == static_cast<int>(ref.num(r, "a")));
            CHECK(p.groupB == static_cast<int>(ref.num(r, "b")));
            surv_ref::close(p.chisq, ref.num(r, "chisq"), 1e-8);
            surv_ref::close(p.p, ref.num(r, "p"), 1e-7);
            surv_ref::close(p.pAdjusted, ref.num(r, "p.holm"), 1e-7);
            ++r;
        }
    }
}

TEST_CASE("p-value adjustment as p.adjust", "[logrank][holm]") {
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "holm") -> 0.04 0.09 0.09 0.20
    const std::vector<double> p{0.01, 0.04, 0.03, 0.2};
    const auto a = pAdjust(p, PAdjust::Holm);
    REQUIRE(a.size() == 4);
    CHECK_THAT(a[0], Catch::Matchers::WithinRel(0.04, 1e-12));
    CHECK_THAT(a[1], Catch::Matchers::WithinRel(0.09, 1e-12));
    CHECK_THAT(a[2], Catch::Matchers::WithinRel(0.09, 1e-12));
    CHECK_THAT(a[3], Catch::Matchers::WithinRel(0.2, 1e-12));
    // R: p.adjust(c(0.5, 0.6), "holm") -> 1 1 (capped)
    const auto capped = pAdjust(std::vector<double>{0.5, 0.6}, PAdjust::Holm);
    CHECK(capped[0] == 1.0);
    CHECK(capped[1] == 1.0);
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "BH") -> 0.04 0.0533333333333333 0.0533333333333333 0.2
    const auto bh = pAdjust(p, PAdjust::BH);
    CHECK_THAT(bh[0], Catch::Matchers::WithinRel(0.04, 1e-12));
    CHECK_THAT(bh[1], Catch::Matchers::WithinRel(0.0533333333333333, 1e-12));
    CHECK_THAT(bh[2], Catch::Matchers::WithinRel(0.0533333333333333, 1e-12));
    CHECK_THAT(bh[3], Catch::Matchers::WithinRel(0.2, 1e-12));
    // R: p.adjust(c(0.02, 0.02, 0.5), "BH") -> 0.03 0.03 0.5
    const auto ties = pAdjust(std::vector<double>{0.02, 0.02, 0.5}, PAdjust::BH);
    CHECK_THAT(ties[0], Catch::Matchers::WithinRel(0.03, 1e-12));
    CHECK_THAT(ties[1], Catch::Matchers::WithinRel(0.03, 1e-12));
    CHECK_THAT(ties[2], Catch::Matchers::WithinRel(0.5, 1e-12));
    // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "bonferroni") -> 0.04 0.16 0.12 0.8
    const auto bonferroni = pAdjust(p, PAdjust::Bonferroni);
    CHECK_THAT(bonferroni[1], Catch::Matchers::WithinRel(0.16, 1e-12));
    CHECK_THAT(bonferroni[3], Catch::Matchers::WithinRel(0.8, 1e-12));
    CHECK(pAdjust(p, PAdjust::None) == p);
}

TEST_CASE("Log-rank with nothing to compare", "[logrank][edge]") {
    // One group only, and no events at all: df 0, chisq 0, p 1 (R: survdiff refuses or gives NaN).
    const std::vector<double> t{1, 2, 3};
    const std::vector<int> e{1, 0, 1}, g{0, 0, 0}, none{0, 0, 0}, two{0, 1, 0};
    const auto one = logRank(t, e, g);
    CHECK(one.df == 0);
    CHECK(one.chisq == 0);
    CHECK(one.p == 1);
    const auto noEvents = logRank(t, none, two);
    CHECK(noEvents.df == 0);
    CHECK(noEvents.p == 1);
}
