// The total column of an AE table (core/analysis/ae_total.h) on hand-made reports: subjects and
// events summed over the groups, percent of all the groups' subjects, unknown where a group's count
// is unknown, no column where a row would know nothing, none for one group. The pilot's totals are
// checked against R in tests/cli/test_cli_ae_tables.cpp and tests/core/report/test_ae_r_code.cpp.
#include <catch2/catch.hpp>

#include "core/analysis/ae_total.h"

using namespace ts;
using Catch::Matchers::WithinRel;

namespace {

AeReport twoGroups() {
    AeReport r;
    r.groups = {{"A", "", 10, 4, 9}, {"B", "", 30, 6, 8}};
    AeRow known{"SOC", "TERM", std::nullopt, "", {}, std::nullopt};
    known.counts = {{"A", 2, 3, 20.0}, {"B", 5, 6, 100.0 / 6}};
    AeRow eventsOnly{"SOC", "OTHER", std::nullopt, "", {}, std::nullopt};
    eventsOnly.counts = {{"A", std::nullopt, 4, std::nullopt}, {"B", 1, 1, 100.0 / 30}};
    r.rows = {known, eventsOnly};
    return r;
}

}  // namespace

TEST_CASE("AE total column: sums over the groups, unknown where a group's count is", "[ae][total]") {
    AeReport r = twoGroups();
    addAeTotals(r);
    REQUIRE(r.total);
    CHECK(r.total->name == "Total");
    CHECK(r.total->n == 40);
    CHECK(r.total->subjects == 10);
    CHECK(r.total->events == 17);
    REQUIRE(r.rows[0].total);
    CHECK(r.rows[0].total->subjects == 7);
    CHECK(r.rows[0].total->events == 9);
    CHECK_THAT(*r.rows[0].total->percent, WithinRel(17.5, 1e-12));  // 7 of 40
    REQUIRE(r.rows[1].total);
    CHECK_FALSE(r.rows[1].total->subjects);  // A's subjects unknown
    CHECK_FALSE(r.rows[1].total->percent);
    CHECK(r.rows[1].total->events == 5);
}

TEST_CASE("AE total column: none for one group, none when a row's total would be all unknown", "[ae][total]") {
    AeReport one = twoGroups();
    one.groups.pop_back();
    for (AeRow& row : one.rows) row.counts.pop_back();
    addAeTotals(one);
    CHECK_FALSE(one.total);
    CHECK_FALSE(one.rows[0].total);

    AeReport sparse = twoGroups();  // a term the paper gives for one arm only
    sparse.rows[1].counts[0].events.reset();
    addAeTotals(sparse);
    CHECK_FALSE(sparse.total);
    CHECK_FALSE(sparse.rows[0].total);
    CHECK_FALSE(sparse.rows[1].total);
}

TEST_CASE("AE total column: the rate over all groups' patient-years", "[ae][total]") {
    AeReport r = twoGroups();
    r.options.rates = true;
    r.rows[0].counts[0].eair = AeRate{2, 5.0, 40.0, 0, 0};
    r.rows[0].counts[1].eair = AeRate{5, 15.0, 100.0 / 3, 0, 0};
    addAeTotals(r);
    REQUIRE(r.rows[0].total->eair);
    CHECK(r.rows[0].total->eair->subjects == 7);
    CHECK_THAT(r.rows[0].total->eair->patientYears, WithinRel(20.0, 1e-12));
    CHECK_THAT(r.rows[0].total->eair->per100py, WithinRel(35.0, 1e-12));
    // R: poisson.test(7, 20)$conf.int * 100 -> 14.07181526 72.11337681
    CHECK_THAT(r.rows[0].total->eair->lower, WithinRel(14.07181526, 1e-8));
    CHECK_THAT(r.rows[0].total->eair->upper, WithinRel(72.11337681, 1e-8));
    CHECK_FALSE(r.rows[1].total->eair);  // no group has a rate in that row
}
