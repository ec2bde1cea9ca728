// analyseSurvival on a sample large enough for its large-sample paths: rows put in time order once
// (time_order.h) and the Cox fit on a second thread. The report must equal the kernels run directly
// on the records as given.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "core/analysis/survival_analysis.h"
#include "core/stats/cox_ph.h"
#include "core/stats/log_rank.h"

using namespace ts;
using Catch::Matchers::WithinRel;

TEST_CASE("a 60000-subject analysis equals the kernels on its records", "[analysis][large]") {
    StudyData study;
    study.info.id = "LARGE";
    study.info.timeUnit = "days";
    std::mt19937_64 rng(7);
    std::exponential_distribution<double> control(1.0 / 500), treated(0.8 / 500);
    std::uniform_real_distribution<double> censor(0, 900);
    std::vector<double> time;
    std::vector<int> event, group;
    for (int i = 0; i < 60000; ++i) {
        const std::string id = "S" + std::to_string(i);
        const bool arm = (i * 7919) % 3 == 0;
        study.subjects.push_back({id, {{"TRT01A", arm ? "B" : "A"}}});
        const double t = std::ceil(arm ? treated(rng) : control(rng)), c = std::ceil(censor(rng));
        study.tte.push_back({id, "OS", "Overall survival", std::min(t, c), t <= c ? 0 : 1, Provenance::Original});
        time.push_back(std::min(t, c));
        event.push_back(t <= c ? 1 : 0);
        group.push_back(arm ? 1 : 0);
    }
    SurvivalOptions o;
    o.endpoint = "OS";
    const SurvivalReport r = analyseSurvival(study, o);
    REQUIRE(r.cox);
    const std::vector<std::string> labels{"A", "B"};
    const stats::CoxFit cox = stats::coxPh(time, event, stats::groupDesign(group, labels, 0));
    CHECK_THAT(r.cox->terms[0].hr, WithinRel(cox.terms[0].hr, 1e-12));
    CHECK_THAT(r.cox->terms[0].lower, WithinRel(cox.terms[0].lower, 1e-12));
    CHECK_THAT(r.cox->waldP, WithinRel(cox.waldP, 1e-9));
    REQUIRE(r.logrank);
    CHECK_THAT(r.logrank->chisq, WithinRel(stats::logRank(time, event, group).chisq, 1e-12));
    CHECK(r.groups[0].fit.n + r.groups[1].fit.n == 60000);
}
