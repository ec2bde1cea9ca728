// Cox regression against survival::coxph: every expected value is read from
// tests/reference/cox_reference.txt, produced by tests/reference/cox_reference.R (the R call of
// each case is quoted there and echoed in the section name).
#include <catch2/catch.hpp>

#include <cmath>

#include "core/stats/cox_ph.h"
#include "tests/core/stats/cox_reference_file.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts::stats;

namespace {

constexpr double kRel = 1e-6;

// Relative tolerance, with an absolute floor for values that are zero in R.
void near(double actual, const std::string& expected) {
    const double e = std::stod(expected);
    if (std::abs(e) < 1e-12) CHECK_THAT(actual, WithinAbs(e, 1e-10));
    else CHECK_THAT(actual, WithinRel(e, kRel));
}

CoxFit fitCase(const ts::test::CoxCase& c) {
    const auto pr = ts::test::readCoxDesign(c.values.at("design").at(0));
    const Ties ties = c.values.at("ties").at(0) == "efron" ? Ties::Efron : Ties::Breslow;
    const bool strata = c.num("strata") != 0;
    return coxPh(pr.time, pr.status, pr.design, strata ? std::span<const int>(pr.stratum) : std::span<const int>(),
                 ties);
}

}  // namespace

TEST_CASE("coxPh matches survival::coxph on the reference cases", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    REQUIRE(cases.size() == 18);
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name << ": " << c.call) {
            const CoxFit fit = fitCase(c);
            CHECK(fit.n == c.num("n"));
            CHECK(fit.events == c.num("events"));
            CHECK(fit.iterations == c.num("iter"));
            near(fit.loglikNull, c.values.at("loglik")[0]);
            near(fit.loglik, c.values.at("loglik")[1]);
            CHECK(fit.df == c.num("lr", 1));
            near(fit.lrChisq, c.values.at("lr")[0]);
            near(fit.lrP, c.values.at("lr")[2]);
            near(fit.waldChisq, c.values.at("wald")[0]);
            near(fit.waldP, c.values.at("wald")[2]);
            near(fit.scoreChisq, c.values.at("score")[0]);
            near(fit.scoreP, c.values.at("score")[2]);
            REQUIRE(fit.terms.size() == c.terms.size());
            for (std::size_t j = 0; j < c.terms.size(); ++j) {
                const auto& e = c.terms[j];
                const CoxTerm& t = fit.terms[j];
                INFO("term " << e[0]);
                CHECK(t.name == e[0]);
                if (e[1] == "NA") {
                    CHECK_FALSE(t.estimable);
                    CHECK(t.note == "not estimable: collinear");
                    continue;
                }
                near(t.coef, e[1]);
                near(t.se, e[2]);
                if (!t.estimable) continue;  // infinite: R's lower/upper are 0/Inf
                near(t.z, e[3]);
                near(t.p, e[4]);
                near(t.lower, e[5]);
                near(t.upper, e[6]);
                CHECK_THAT(t.hr, WithinRel(std::exp(std::stod(e[1])), kRel));
            }
        }
    }
}

TEST_CASE("coxPh flags the statuses R warns about", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    for (const auto& c : cases) {
        const CoxFit fit = fitCase(c);
        INFO(c.call);
        if (c.name.rfind("separation", 0) == 0) {
            // R: "Loglik converged before variable 2; coefficient may be infinite."
            CHECK(fit.status == CoxStatus::Infinite);
            CHECK(fit.terms[0].estimable);
            CHECK_FALSE(fit.terms[1].estimable);
            CHECK(fit.terms[1].note.find("infinite") != std::string::npos);
        } else if (c.name.rfind("collinear", 0) == 0) {
            // R: coef NA for age2 (= 2 age + 1) and for the constant column.
            CHECK(fit.status == CoxStatus::Singular);
            CHECK(fit.df == 2);
        } else {
            CHECK(fit.status == CoxStatus::Converged);
        }
    }
}
