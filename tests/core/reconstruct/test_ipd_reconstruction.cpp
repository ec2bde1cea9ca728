#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <stdexcept>
#include <string>

#include "core/reconstruct/ipd_reconstruction.h"
#include "core/reconstruct/shape_search.h"
#include "core/stats/km_at.h"
#include "core/stats/km_quantile.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// The toy arm of tests/reference/samples_reconstruct.R.
ts::ArmSummary toyArm() {
    ts::ArmSummary a;
    a.n = 40;
    a.knots = {{6, 0.8, 30, {}, false}, {12, {}, 18, {}, false}, {15, 0.5, {}, {}, true}};
    a.events = 25;
    a.end = 30;
    a.censorFrom = 20;
    return a;
}

int atRisk(const ts::ReconstructedArm& r, double t) {
    return static_cast<int>(
        std::count_if(r.records.begin(), r.records.end(), [t](const ts::IpdRecord& x) { return x.time >= t; }));
}

int events(const ts::ReconstructedArm& r) {
    return static_cast<int>(
        std::count_if(r.records.begin(), r.records.end(), [](const ts::IpdRecord& x) { return x.event == 1; }));
}

ts::stats::KmFit km(const ts::ReconstructedArm& r) {
    std::vector<double> time;
    std::vector<int> event;
    for (const auto& x : r.records) {
        time.push_back(x.time);
        event.push_back(x.event);
    }
    return ts::stats::kaplanMeier(time, event);
}

}  // namespace

TEST_CASE("reconstructArm meets group size, total events and published numbers at risk", "[reconstruct]") {
    auto r = ts::reconstructArm(toyArm());
    CHECK(r.records.size() == 40);
    CHECK(events(r) == 25);
    CHECK(atRisk(r, 6) == 30);
    CHECK(atRisk(r, 12) == 18);
    CHECK(atRisk(r, 30.0001) == 0);
    REQUIRE(r.intervals.size() == 4);
    // censorings of the last interval fall inside the administrative window [20, 30]
    for (const auto& x : r.records)
        if (x.event == 0 && x.time > 15) CHECK(x.time >= 20);
}

TEST_CASE("reconstructArm records match the committed toy reconstruction", "[reconstruct]") {
    auto r = ts::reconstructArm(toyArm());
    std::ifstream in(TRIALSCOPE_SOURCE_DIR "/tests/reference/samples_reconstruct_toy.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);  // header
    std::size_t i = 0;
    while (std::getline(in, line)) {
        REQUIRE(i < r.records.size());
        auto comma = line.find(',');
        CHECK_THAT(r.records[i].time, WithinAbs(std::stod(line.substr(0, comma)), 1e-6));
        CHECK(r.records[i].event == std::stoi(line.substr(comma + 1)));
        ++i;
    }
    CHECK(i == r.records.size());
}

TEST_CASE("reconstructArm KM agrees with R on the toy reconstruction", "[reconstruct]") {
    auto r = ts::reconstructArm(toyArm());
    auto fit = km(r);
    // R: summary(survfit(Surv(time, status) ~ 1, toy), times = c(6, 12, 15))  (samples_reconstruct.txt)
    std::vector<double> times{6, 12, 15};
    auto at = ts::stats::kmAt(fit, times);
    CHECK_THAT(at[0].surv, WithinRel(0.7943412162, 1e-8));
    CHECK_THAT(at[1].surv, WithinRel(0.5649541506, 1e-8));
    CHECK_THAT(at[2].surv, WithinRel(0.4707951255, 1e-8));
    CHECK(at[2].nRisk == 16);
    // R: survfit(...)$table median = 15: the crossing event sits on the published median
    auto med = ts::stats::kmQuantile(fit);
    REQUIRE(med.estimate);
    CHECK_THAT(*med.estimate, WithinAbs(15.0, 1e-9));
    // the routine's own KM bookkeeping is the same curve
    CHECK_THAT(r.intervals[0].survEnd, WithinRel(0.7943412162, 1e-8));
    CHECK_THAT(r.intervals[2].survEnd, WithinRel(0.4707951255, 1e-8));
}

TEST_CASE("reconstructArm reports a survival target it cannot meet", "[reconstruct]") {
    // S(6) = 0.8 of 40 with 2 censorings in (0, 6]: 8 events give 0.794, so a note is expected
    auto r = ts::reconstructArm(toyArm());
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].find("S(6") != std::string::npos);
}

TEST_CASE("reconstructArm is deterministic and shape moves events within intervals", "[reconstruct]") {
    auto a = ts::reconstructArm(toyArm(), 1.0);
    auto b = ts::reconstructArm(toyArm(), 1.0);
    REQUIRE(a.records.size() == b.records.size());
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        CHECK(a.records[i].time == b.records[i].time);
        CHECK(a.records[i].event == b.records[i].event);
    }
    auto firstEvent = [](const ts::ReconstructedArm& r) {
        for (const auto& x : r.records)
            if (x.event) return x.time;
        return -1.0;
    };
    auto early = ts::reconstructArm(toyArm(), 3.0);
    auto late = ts::reconstructArm(toyArm(), 1.0 / 3.0);
    CHECK(firstEvent(early) < firstEvent(a));
    CHECK(firstEvent(a) < firstEvent(late));
}

TEST_CASE("reconstructArm uses exact cumulative events and splits free events within the drops", "[reconstruct]") {
    // Shi 2021 Fig. 5a UC-MSC arm: 13 HCC events, numbers at risk every 10 months; the 30-40 month
    // interval loses a single subject, so it can hold at most one event.
    ts::ArmSummary a;
    a.n = 108;
    int risk[] = {79, 70, 68, 67, 63, 59, 35};
    for (int i = 0; i < 7; ++i) a.knots.push_back({10.0 * (i + 1), {}, risk[i], {}, false});
    a.events = 13;
    a.end = 85;
    auto r = ts::reconstructArm(a);
    CHECK(r.notes.empty());
    CHECK(events(r) == 13);
    for (int i = 0; i < 7; ++i) CHECK(atRisk(r, 10.0 * (i + 1)) == risk[i]);
    CHECK(r.intervals[3].events <= 1);

    ts::ArmSummary b;
    b.n = 10;
    b.knots = {{5, {}, {}, 3, false}};
    b.events = 5;
    b.end = 10;
    auto rb = ts::reconstructArm(b);
    CHECK(rb.intervals[0].events == 3);
    CHECK(rb.intervals[1].events == 2);
}

TEST_CASE("reconstructArm rejects impossible summaries", "[reconstruct]") {
    ts::ArmSummary a = toyArm();
    a.knots[1].time = 5;  // not increasing
    CHECK_THROWS_AS(ts::reconstructArm(a), std::invalid_argument);
    a = toyArm();
    a.end = 14;  // knot beyond the end of follow-up
    CHECK_THROWS_AS(ts::reconstructArm(a), std::invalid_argument);
    a = toyArm();
    a.knots[0].nRisk = 41;
    CHECK_THROWS_AS(ts::reconstructArm(a), std::invalid_argument);
    CHECK_THROWS_AS(ts::reconstructArm(toyArm(), 0.0), std::invalid_argument);
}

TEST_CASE("searchShape returns the grid point of least loss", "[reconstruct]") {
    auto best = ts::searchShape([](double v) { return std::abs(std::log(v / 2.0)); }, 0.25, 4.0, 121);
    // grid is exp(log(0.25) + k log(16)/120): 2 = 0.25 * 16^(3/4) is the 91st point exactly
    CHECK_THAT(best.value, WithinRel(2.0, 1e-12));
    CHECK_THAT(best.loss, WithinAbs(0.0, 1e-12));
    CHECK_THROWS_AS(ts::searchShape([](double) { return 0.0; }, 1.0, 0.5), std::invalid_argument);
}
