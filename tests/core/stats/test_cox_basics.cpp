// Cox regression: design coding, invariances and the typed failures. Reference numbers come
// from tests/reference/cox_reference.txt (tests/reference/cox_reference.R).
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "core/stats/cox_ph.h"
#include "tests/core/stats/cox_reference_file.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts::stats;

namespace {

const ts::test::CoxCase& findCase(const std::vector<ts::test::CoxCase>& cases, const std::string& name) {
    return *std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return c.name == name; });
}

}  // namespace

TEST_CASE("groupDesign codes groups against the reference", "[cox]") {
    const std::vector<int> group{0, 1, 2, 1, 0};
    const std::vector<std::string> labels{"Placebo", "Low", "High"};
    const CoxDesign d = groupDesign(group, labels, 1);
    REQUIRE(d.names == std::vector<std::string>{"Placebo", "High"});
    CHECK(d.x == std::vector<double>{1, 0, 0, 0, 0, 1, 0, 0, 1, 0});
    CHECK_THROWS_AS(groupDesign(group, labels, 3), std::invalid_argument);
    const std::vector<int> bad{0, 4};
    CHECK_THROWS_AS(groupDesign(bad, labels, 0), std::invalid_argument);
}

TEST_CASE("coxPh on groupDesign reproduces coxph(Surv(time, status) ~ x, aml)", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    const auto& c = findCase(cases, "aml_efron");  // R: coxph(Surv(time, status) ~ x, data = aml, ties = "efron")
    const auto pr = ts::test::readCoxDesign("cox_design_aml.csv");
    std::vector<int> group(pr.time.size());
    for (std::size_t i = 0; i < group.size(); ++i) group[i] = static_cast<int>(pr.design.x[i]);
    const std::vector<std::string> labels{"Maintained", "Nonmaintained"};
    const CoxFit fit = coxPh(pr.time, pr.status, groupDesign(group, labels, 0));
    REQUIRE(fit.terms.size() == 1);
    CHECK(fit.terms[0].name == "Nonmaintained");
    CHECK_THAT(fit.terms[0].coef, WithinRel(std::stod(c.terms[0][1]), 1e-6));
    CHECK_THAT(fit.terms[0].lower, WithinRel(std::stod(c.terms[0][5]), 1e-6));
    CHECK_THAT(fit.terms[0].upper, WithinRel(std::stod(c.terms[0][6]), 1e-6));
}

TEST_CASE("coxPh does not depend on row order or stratum codes", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    // R: coxph(Surv(time, status) ~ factor(ph.ecog) + strata(inst), data = lung, ties = "efron")
    const auto& c = findCase(cases, "lung_ecog_inst_efron");
    const auto pr = ts::test::readCoxDesign("cox_design_lung_ecog_inst.csv");
    const std::size_t n = pr.time.size(), p = pr.design.names.size();
    std::vector<std::size_t> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    std::reverse(perm.begin(), perm.end());
    std::rotate(perm.begin(), perm.begin() + 37, perm.end());
    std::vector<double> time(n);
    std::vector<int> status(n), strata(n);
    CoxDesign d{pr.design.names, std::vector<double>(n * p)};
    for (std::size_t i = 0; i < n; ++i) {
        time[i] = pr.time[perm[i]];
        status[i] = pr.status[perm[i]];
        strata[i] = 1000 - 7 * pr.stratum[perm[i]];  // any integer codes, any order
        for (std::size_t j = 0; j < p; ++j) d.x[i * p + j] = pr.design.x[perm[i] * p + j];
    }
    // Codes spanning at most n values are levels as they are; a wider span is ranked first.
    std::vector<int> wide(strata);
    for (int& s : wide) s = s * 1000000 - 5;
    for (const auto* codes : {&strata, &wide}) {
        const CoxFit fit = coxPh(time, status, d, *codes, Ties::Efron);
        CHECK_THAT(fit.loglik, WithinRel(c.num("loglik", 1), 1e-6));
        for (std::size_t j = 0; j < p; ++j) {
            CHECK_THAT(fit.terms[j].coef, WithinRel(std::stod(c.terms[j][1]), 1e-6));
            CHECK_THAT(fit.terms[j].se, WithinRel(std::stod(c.terms[j][2]), 1e-6));
        }
    }
}

TEST_CASE("coxPh typed failures", "[cox]") {
    const std::vector<double> time{1, 2, 3, 4};
    const std::vector<int> group{0, 1, 0, 1};
    const std::vector<std::string> labels{"A", "B"};
    const CoxDesign d = groupDesign(group, labels, 0);

    SECTION("no events") {
        const std::vector<int> none{0, 0, 0, 0};
        const CoxFit fit = coxPh(time, none, d);
        CHECK(fit.status == CoxStatus::NoEvents);
        CHECK(fit.events == 0);
        CHECK_FALSE(fit.terms.at(0).estimable);
        CHECK_FALSE(fit.note.empty());
    }
    SECTION("empty input") {
        const CoxFit fit = coxPh({}, {}, groupDesign({}, labels, 0));
        CHECK(fit.status == CoxStatus::NoEvents);
        CHECK(fit.n == 0);
    }
    SECTION("mismatched lengths") {
        const std::vector<int> short_{1, 0};
        CHECK_THROWS_AS(coxPh(time, short_, d), std::invalid_argument);
    }
    SECTION("a group with no subjects is not estimable, not a crash") {
        const std::vector<std::string> three{"A", "B", "C"};
        const std::vector<int> event{1, 1, 0, 1};
        const CoxFit fit = coxPh(time, event, groupDesign(group, three, 0));
        CHECK(fit.status == CoxStatus::Singular);
        CHECK(fit.terms.at(0).estimable);
        CHECK_FALSE(fit.terms.at(1).estimable);
        CHECK(fit.terms.at(1).note == "not estimable: collinear");
        CHECK(fit.df == 1);
    }
}

TEST_CASE("coxPh without covariates gives the null loglik", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    // R: coxph(Surv(time, status) ~ x, data = aml, ties = "breslow")$loglik[1]
    const auto& c = findCase(cases, "aml_breslow");
    const auto pr = ts::test::readCoxDesign("cox_design_aml.csv");
    const CoxFit fit = coxPh(pr.time, pr.status, CoxDesign{}, {}, Ties::Breslow);
    CHECK(fit.terms.empty());
    CHECK(fit.df == 0);
    CHECK_THAT(fit.loglik, WithinRel(c.num("loglik", 0), 1e-6));
    CHECK(fit.loglik == fit.loglikNull);
}

TEST_CASE("merging identical coded rows does not change the fit", "[cox]") {
    // 20 groups, heavily tied times: the coded design is merged (and has p > 4, the dynamic
    // sweep); doubling one column makes it uncoded, so nothing is merged. The fits must agree:
    // same loglik and tests, the doubled column's coefficient halved.
    const int n = 2000, k = 20;
    std::vector<double> time(n);
    std::vector<int> event(n), group(n);
    std::vector<std::string> labels;
    for (int g = 0; g < k; ++g) labels.push_back("g" + std::to_string(g));
    for (int i = 0; i < n; ++i) {
        group[i] = (i * 7) % k;
        time[i] = 1 + (i * 13 + group[i]) % 9;
        event[i] = (i % 3) != 0;
    }
    const CoxDesign coded = groupDesign(group, labels, 0);
    CoxDesign uncoded = coded;
    const int p = coded.cols();
    for (int i = 0; i < n; ++i) uncoded.x[static_cast<std::size_t>(i) * p + 3] *= 2;
    for (Ties ties : {Ties::Efron, Ties::Breslow}) {
        const CoxFit a = coxPh(time, event, coded, {}, ties);
        const CoxFit b = coxPh(time, event, uncoded, {}, ties);
        REQUIRE(a.status == CoxStatus::Converged);
        REQUIRE(b.status == CoxStatus::Converged);
        CHECK_THAT(a.loglik, WithinRel(b.loglik, 1e-10));
        CHECK_THAT(a.scoreChisq, WithinRel(b.scoreChisq, 1e-8));
        CHECK_THAT(a.waldChisq, WithinRel(b.waldChisq, 1e-8));
        CHECK_THAT(a.terms[3].coef, WithinRel(2 * b.terms[3].coef, 1e-8));
        CHECK_THAT(a.terms[7].coef, WithinRel(b.terms[7].coef, 1e-8));
        CHECK_THAT(a.terms[7].se, WithinRel(b.terms[7].se, 1e-8));
    }
}

TEST_CASE("coxPh intervals follow the requested level", "[cox]") {
    const auto cases = ts::test::readCoxCases();
    // R: coxph(Surv(time, status) ~ sex + age, data = lung, ties = "efron"); then
    //    exp(coef +- qnorm(0.95) * se) with qnorm(0.95) = 1.64485362695147
    const auto& c = findCase(cases, "lung_sex_age_efron");
    const auto pr = ts::test::readCoxDesign("cox_design_lung_sex_age.csv");
    const CoxFit fit = coxPh(pr.time, pr.status, pr.design, {}, Ties::Efron, 0.90);
    for (std::size_t j = 0; j < 2; ++j) {
        const double coef = std::stod(c.terms[j][1]), se = std::stod(c.terms[j][2]);
        CHECK_THAT(fit.terms[j].lower, WithinRel(std::exp(coef - 1.64485362695147 * se), 1e-6));
        CHECK_THAT(fit.terms[j].upper, WithinRel(std::exp(coef + 1.64485362695147 * se), 1e-6));
    }
}
