// Fixed-effect and DerSimonian–Laird pooling against metafor::rma. Every expected value is read
// from tests/reference/meta_reference.txt, printed by tests/reference/meta_reference.R (the R call
// of each case is quoted there and echoed in the section name).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "core/stats/meta_analysis.h"
#include "tests/core/stats/cox_reference_file.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts::stats;

namespace {

struct MetaCase {
    std::string name, call, method;
    std::vector<MetaStudy> studies;
    std::vector<double> pooled;         // estimate se lower upper z p
    std::vector<double> heterogeneity;  // Q df Qp I2 H2 tau2
    std::vector<double> weights;        // percent
    double level = 0.95;
};

std::vector<double> numbers(const std::vector<std::string>& w) {
    std::vector<double> out;
    for (std::size_t i = 1; i < w.size(); ++i) out.push_back(std::stod(w[i]));
    return out;
}

std::vector<MetaCase> readMetaCases() {
    std::ifstream in(ts::test::referencePath("meta_reference.txt"));
    std::vector<MetaCase> cases;
    std::string call;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("# R: ", 0) == 0) call = line.substr(5);
        const auto w = ts::test::words(line);
        if (w.empty() || w[0][0] == '#') continue;
        if (w[0] == "case") {
            cases.push_back({w.at(1), call, "", {}, {}, {}, {}, 0.95});
            if (call.find("level = 90") != std::string::npos) cases.back().level = 0.90;
        } else if (w[0] == "method") cases.back().method = w.at(1);
        else if (w[0] == "study") cases.back().studies.push_back({w.at(1), std::stod(w.at(2)), std::stod(w.at(3))});
        else if (w[0] == "pooled") cases.back().pooled = numbers(w);
        else if (w[0] == "heterogeneity") cases.back().heterogeneity = numbers(w);
        else if (w[0] == "weights") cases.back().weights = numbers(w);
    }
    return cases;
}

void near(double actual, double expected) {
    if (std::abs(expected) < 1e-12) CHECK_THAT(actual, WithinAbs(expected, 1e-12));
    else CHECK_THAT(actual, WithinRel(expected, 1e-6));
}

}  // namespace

TEST_CASE("metaAnalysis matches metafor::rma FE and DL", "[meta]") {
    const auto cases = readMetaCases();
    REQUIRE(cases.size() == 5);
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name << ": " << c.call) {
            const MetaResult r = metaAnalysis(c.studies, c.level);
            REQUIRE(r.k == static_cast<int>(c.studies.size()));
            REQUIRE(r.heterogeneity);
            const bool fe = c.method == "FE";
            const MetaPooled& pooled = fe ? *r.fixed : *r.random;
            near(pooled.estimate, c.pooled[0]);
            near(pooled.se, c.pooled[1]);
            near(pooled.lower, c.pooled[2]);
            near(pooled.upper, c.pooled[3]);
            near(pooled.z, c.pooled[4]);
            near(pooled.p, c.pooled[5]);
            const MetaHeterogeneity& h = *r.heterogeneity;
            near(h.q, c.heterogeneity[0]);
            CHECK(h.df == static_cast<int>(c.heterogeneity[1]));
            near(h.p, c.heterogeneity[2]);
            near(h.i2, c.heterogeneity[3]);
            // metafor: H^2 = Q / df for FE; the DL fit reports (tau^2 + v) / v = max(1, Q / df).
            near(fe ? h.h * h.h : std::max(1.0, h.h * h.h), c.heterogeneity[4]);
            if (!fe) near(h.tau2, c.heterogeneity[5]);
            REQUIRE(pooled.weights.size() == c.weights.size());
            for (std::size_t i = 0; i < c.weights.size(); ++i) near(pooled.weights[i], c.weights[i]);
        }
    }
}

TEST_CASE("metaStudyFromCi recovers log HR and se as in meta_reference.R", "[meta]") {
    // R (meta_reference.R): yi = log(hr), sei = (log(hi) - log(lo)) / (2 * qnorm(0.975))
    const auto cases = readMetaCases();
    const auto& hr = cases.at(3);
    REQUIRE(hr.name == "hr_fe");
    const double ratio[] = {0.97, 0.85, 1.10, 0.92}, lo[] = {0.75, 0.60, 0.80, 0.70}, hi[] = {1.25, 1.20, 1.51, 1.21};
    for (int i = 0; i < 4; ++i) {
        const auto s = metaStudyFromCi("s", ratio[i], lo[i], hi[i]);
        REQUIRE(s);
        CHECK_THAT(s->estimate, WithinRel(hr.studies[i].estimate, 1e-12));
        CHECK_THAT(s->se, WithinRel(hr.studies[i].se, 1e-12));
    }
    CHECK_FALSE(metaStudyFromCi("bad", 0.9, 1.2, 0.8));
    CHECK_FALSE(metaStudyFromCi("bad", 0.0, 0.5, 0.8));
}

TEST_CASE("metaAnalysis leaves out unusable studies and degrades with k", "[meta]") {
    const std::vector<MetaStudy> one{{"a", -0.2, 0.1}, {"b", 0.3, 0.0}, {"c", NAN, 0.2}};
    const MetaResult r = metaAnalysis(one);
    CHECK(r.k == 1);
    CHECK(r.used == std::vector<bool>{true, false, false});
    REQUIRE(r.fixed);
    CHECK_THAT(r.fixed->estimate, WithinRel(-0.2, 1e-15));
    CHECK_THAT(r.fixed->weights[0], WithinRel(100.0, 1e-15));
    CHECK(r.fixed->weights[1] == 0.0);
    CHECK_FALSE(r.heterogeneity);
    CHECK(r.note.find("study b left out") != std::string::npos);

    const std::vector<MetaStudy> none{{"x", 1.0, -1.0}};
    const MetaResult empty = metaAnalysis(none);
    CHECK(empty.k == 0);
    CHECK_FALSE(empty.fixed);
    CHECK_FALSE(empty.random);
}
