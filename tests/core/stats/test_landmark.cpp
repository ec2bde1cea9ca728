// Landmark Cox analysis against R on survival::veteran (trt 2 vs 1, L = 90 days). Expected values
// are the "landmark" lines of tests/reference/cox_reference.txt, printed by cox_reference.R:
//   before: coxph(Surv(pmin(time, 90), status * (time <= 90)) ~ arm, data = vet)
//   after : coxph(Surv(time, status) ~ arm, data = vet, subset = time > 90)
#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>

#include "core/stats/landmark.h"
#include "tests/core/stats/cox_reference_file.h"

using Catch::Matchers::WithinRel;
using namespace ts::stats;

TEST_CASE("landmarkCox matches coxph before and after L on veteran", "[landmark]") {
    const auto csv = ts::test::readNumericCsv("cox_data_veteran_landmark.csv");
    const std::vector<double>& time = csv.columns.at(0);
    const std::vector<int> status(csv.columns.at(1).begin(), csv.columns.at(1).end());
    const std::vector<int> arm(csv.columns.at(2).begin(), csv.columns.at(2).end());
    const std::vector<std::string> labels{"standard", "test"};
    const LandmarkFit fit = landmarkCox(time, status, groupDesign(arm, labels, 0), 90.0);
    const auto expected = ts::test::readLandmarkLines();

    for (const auto& [name, part] : {std::pair{"before", &fit.before}, std::pair{"after", &fit.after}}) {
        INFO(name);
        const auto& e = expected.at(name);  // n events coef se hr loglik
        REQUIRE(part->cox.status == CoxStatus::Converged);
        CHECK(part->cox.n == static_cast<int>(e[0]));
        CHECK(part->cox.events == static_cast<int>(e[1]));
        CHECK_THAT(part->cox.terms.at(0).coef, WithinRel(e[2], 1e-6));
        CHECK_THAT(part->cox.terms.at(0).se, WithinRel(e[3], 1e-6));
        CHECK_THAT(part->cox.terms.at(0).hr, WithinRel(e[4], 1e-6));
        CHECK_THAT(part->cox.loglik, WithinRel(e[5], 1e-6));
    }
    // The parts are usable for KM on the same split: times capped at L before, kept after.
    CHECK(*std::max_element(fit.before.time.begin(), fit.before.time.end()) == 90.0);
    CHECK(*std::min_element(fit.after.time.begin(), fit.after.time.end()) > 90.0);
    CHECK(fit.after.rows.size() == fit.after.time.size());
}

TEST_CASE("landmarkCox reports a part without events as NoEvents", "[landmark]") {
    // All events happen before L = 10: the after part has subjects but no events.
    const std::vector<double> time{1, 2, 3, 4, 12, 15};
    const std::vector<int> event{1, 1, 1, 1, 0, 0};
    const std::vector<int> arm{0, 1, 0, 1, 0, 1};
    const std::vector<std::string> labels{"A", "B"};
    const LandmarkFit fit = landmarkCox(time, event, groupDesign(arm, labels, 0), 10.0);
    CHECK(fit.before.cox.events == 4);
    CHECK(fit.after.cox.n == 2);
    CHECK(fit.after.cox.status == CoxStatus::NoEvents);
    CHECK_FALSE(fit.after.cox.terms.at(0).estimable);
}

TEST_CASE("landmarkCox passes strata to both parts", "[landmark]") {
    // One stratum code for everybody must give the unstratified fit; two strata a different one.
    const auto csv = ts::test::readNumericCsv("cox_data_veteran_landmark.csv");
    const std::vector<double>& time = csv.columns.at(0);
    const std::vector<int> status(csv.columns.at(1).begin(), csv.columns.at(1).end());
    const std::vector<int> arm(csv.columns.at(2).begin(), csv.columns.at(2).end());
    const std::vector<std::string> labels{"standard", "test"};
    const CoxDesign design = groupDesign(arm, labels, 0);
    const std::vector<int> one(time.size(), 5);
    std::vector<int> two(time.size());
    for (std::size_t i = 0; i < two.size(); ++i) two[i] = static_cast<int>(i % 2);
    const LandmarkFit plain = landmarkCox(time, status, design, 90.0);
    const LandmarkFit same = landmarkCox(time, status, design, 90.0, one);
    const LandmarkFit split = landmarkCox(time, status, design, 90.0, two);
    CHECK_THAT(same.after.cox.terms[0].coef, WithinRel(plain.after.cox.terms[0].coef, 1e-12));
    CHECK_THAT(same.before.cox.loglik, WithinRel(plain.before.cox.loglik, 1e-12));
    CHECK(split.after.cox.loglik != Approx(plain.after.cox.loglik));
}
