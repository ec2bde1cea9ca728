// Kaplan–Meier edge cases not covered by the R tables (values worked by hand; R calls named).
#include <catch2/catch.hpp>

#include "core/analysis/option_tables.h"
#include "core/stats/km_at.h"
#include "core/stats/km_quantile.h"
#include "core/stats/time_order.h"

using namespace ts::stats;

TEST_CASE("Empty input gives an empty fit", "[km][edge]") {
    const KmFit fit = kaplanMeier({}, {});
    CHECK(fit.steps.empty());
    CHECK(fit.n == 0);
    CHECK_FALSE(kmQuantile(fit).estimate.has_value());
    const std::vector<double> t{5};
    const auto at = kmAt(fit, t);
    REQUIRE(at.size() == 1);
    CHECK(at[0].surv == 1);
    CHECK(at[0].nRisk == 0);
}

TEST_CASE("All censored: S stays 1 and the median is not reached", "[km][edge]") {
    // R: survfit(Surv(c(3, 5, 5, 9), c(0, 0, 0, 0)) ~ 1): surv 1 1 1, median NA
    const std::vector<double> t{3, 5, 5, 9};
    const std::vector<int> e{0, 0, 0, 0};
    const KmFit fit = kaplanMeier(t, e);
    REQUIRE(fit.steps.size() == 3);
    for (const auto& s : fit.steps) {
        CHECK(s.surv == 1);
        CHECK(s.stdErr == 0);
        CHECK(s.lower == 1);
        CHECK(s.upper == 1);
    }
    const auto q = kmQuantile(fit);
    CHECK_FALSE(q.estimate);
    CHECK_FALSE(q.lower);
    CHECK_FALSE(q.upper);
}

TEST_CASE("S reaching 0 marks the band as not estimable", "[km][edge]") {
    // R: survfit(Surv(c(1, 2), c(1, 1)) ~ 1): surv 0.5 0, std.err 0.7071068 Inf, lower 0.125 NA
    const std::vector<double> t{1, 2};
    const std::vector<int> e{1, 1};
    const KmFit fit = kaplanMeier(t, e);
    REQUIRE(fit.steps.size() == 2);
    CHECK(fit.steps[0].ciDefined);
    CHECK_THAT(fit.steps[0].stdErr, Catch::Matchers::WithinRel(std::sqrt(0.5), 1e-12));
    CHECK(fit.steps[1].surv == 0);
    CHECK_FALSE(fit.steps[1].ciDefined);
    // R: quantile(fit, 0.5) -> 1.5 (midpoint: S = 0.5 exactly from 1 to 2)
    CHECK_THAT(*kmQuantile(fit).estimate, Catch::Matchers::WithinRel(1.5, 1e-12));
}

TEST_CASE("Near-equal times are merged as aeqSurv", "[km][edge]") {
    // R: aeqSurv(Surv(c(1, 1 + 1e-10, 2), c(1, 1, 1)))[, 1] -> 1 1 2
    const std::vector<double> t{1 + 1e-10, 1, 2};
    const auto merged = mergeNearTimes(t);
    CHECK(merged[0] == 1);
    CHECK(merged[1] == 1);
    CHECK(merged[2] == 2);
    const std::vector<int> e{1, 1, 1};
    CHECK(kaplanMeier(t, e).steps.size() == 2);
}

TEST_CASE("Confidence-type names round-trip", "[km][conf]") {
    for (auto c : {ConfType::None, ConfType::Plain, ConfType::Log, ConfType::LogLog, ConfType::Logit, ConfType::Arcsin})
        CHECK(ts::confTypes().parse(ts::confTypes().name(c)) == c);
    CHECK_FALSE(ts::confTypes().parse("loglog").has_value());
}
