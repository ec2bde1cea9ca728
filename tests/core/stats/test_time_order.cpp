// orderByTime (core/stats/time_order.h): input already in time order is read in place, with the
// same merged times (aeqSurv) and rows as the sorted list of the same times in another order.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <vector>

#include "core/stats/kaplan_meier.h"
#include "core/stats/log_rank.h"
#include "core/stats/time_order.h"

using namespace ts::stats;

namespace {

// 6000 ascending times in pairs: 1, 1 + 1e-10, 2, 2 + 1e-10, ... (each pair one time for aeqSurv).
std::vector<double> nearPairs() {
    std::vector<double> t;
    for (int i = 0; i < 6000; ++i) t.push_back(1 + i / 2 + (i % 2 ? 1e-10 : 0.0));
    return t;
}

}  // namespace

TEST_CASE("orderByTime reads ordered input in place, merging near-equal times as aeqSurv", "[time_order]") {
    const std::vector<double> t = nearPairs();
    REQUIRE(t.size() >= kRadixSortFrom);
    const TimeOrder order = orderByTime(t);
    REQUIRE(order.size() == t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        INFO(i);
        CHECK(order[i].row == i);
        CHECK(order[i].time == 1 + static_cast<double>(i / 2));  // aeqSurv: the first of each pair
    }
    // The same times reversed go through the sort: every row gets the same merged time.
    std::vector<double> reversed(t.rbegin(), t.rend());
    const std::vector<double> merged = mergeNearTimes(reversed);
    for (std::size_t i = 0; i < t.size(); ++i) CHECK(merged[t.size() - 1 - i] == order[i].time);
}

TEST_CASE("orderByTime in place leaves distinct times as they are", "[time_order]") {
    std::vector<double> t;
    for (int i = 0; i < 5000; ++i) t.push_back(0.5 * i);
    const TimeOrder order = orderByTime(t);
    std::vector<TimedRow> rows(order.begin(), order.end());
    REQUIRE(rows.size() == t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        CHECK(rows[i].row == i);
        CHECK(rows[i].time == t[i]);
    }
}

TEST_CASE("Kaplan-Meier and log-rank agree on ordered and shuffled input", "[time_order][km]") {
    // Ordered input takes the in-place path, shuffled input the radix sort: the same fit.
    const std::vector<double> t = nearPairs();
    std::vector<int> event(t.size()), group(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        event[i] = i % 3 != 0;
        group[i] = static_cast<int>(i % 2);
    }
    std::vector<std::size_t> perm(t.size());
    for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = i;
    std::shuffle(perm.begin(), perm.end(), std::mt19937(7));
    std::vector<double> ts;
    std::vector<int> es, gs;
    for (std::size_t i : perm) {
        ts.push_back(t[i]);
        es.push_back(event[i]);
        gs.push_back(group[i]);
    }
    const KmFit a = kaplanMeier(t, event);
    const KmFit b = kaplanMeier(ts, es);
    REQUIRE(a.steps.size() == b.steps.size());
    REQUIRE(a.steps.size() == 3000);  // the pairs merged
    for (std::size_t k = 0; k < a.steps.size(); ++k) {
        CHECK(a.steps[k].time == b.steps[k].time);
        CHECK_THAT(a.steps[k].surv, Catch::Matchers::WithinRel(b.steps[k].surv, 1e-12));
    }
    const LogRankResult la = logRank(t, event, group);
    const LogRankResult lb = logRank(ts, es, gs);
    CHECK_THAT(la.chisq, Catch::Matchers::WithinRel(lb.chisq, 1e-10));
}
