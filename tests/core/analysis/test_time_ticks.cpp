// The one rule for survival table columns (core/analysis/time_ticks.h): natural steps per unit, and
// the same columns from the service layer whatever asks (viewer, km command, figure export).
#include <catch2/catch.hpp>

#include "aml_study.h"
#include "core/analysis/survival_analysis.h"
#include "core/analysis/time_ticks.h"

using namespace ts;
using Catch::Matchers::WithinRel;

TEST_CASE("Tick steps are natural for each time unit", "[analysis][ticks]") {
    CHECK(tickStep(161, TimeUnit::Weeks) == 26);
    CHECK(tickStep(36, TimeUnit::Months) == 6);
    CHECK(tickStep(200, TimeUnit::Days) == 30);
    CHECK(tickTimes(60, TimeUnit::Months) == std::vector<double>{0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60});
    CHECK(tickTimes(0, TimeUnit::Days).empty());
}

TEST_CASE("columnTimes are the display unit's ticks in the data unit", "[analysis][ticks]") {
    CHECK(columnTimes(161, TimeUnit::Weeks, TimeUnit::Weeks) == tickTimes(161, TimeUnit::Weeks));
    CHECK(columnTimes(0, TimeUnit::Days, TimeUnit::Months) == std::vector<double>{0});
    // 730.5 days = 24 months: columns every 3 months, 91.3125 days apart.
    const std::vector<double> days = columnTimes(730.5, TimeUnit::Days, TimeUnit::Months);
    REQUIRE(days.size() == 9);
    CHECK_THAT(days[1], WithinRel(365.25 / 4, 1e-12));
    CHECK_THAT(days.back(), WithinRel(730.5, 1e-12));
}

TEST_CASE("analyseSurvival without times reports at the columnTimes of its follow-up", "[analysis][ticks]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    const SurvivalReport r = analyseSurvival(test::amlStudy(), o);
    // aml: longest follow-up 161 (the study's unit).
    const TimeUnit unit = unitOfText(test::amlStudy().info.timeUnit);
    CHECK(r.options.times == columnTimes(161, unit, unit));
    o.unit = TimeUnit::Years;
    CHECK(analyseSurvival(test::amlStudy(), o).options.times == columnTimes(161, unit, TimeUnit::Years));
}
