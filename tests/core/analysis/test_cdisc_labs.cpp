// Lab summaries on the CDISC pilot, imported as delivered (the shared folder with .xpt and .csv):
// the analysis baseline is the ABLFL record even when it sits at an unscheduled visit.
#include <catch2/catch.hpp>

#include "core/analysis/lab_analysis.h"
#include "tests/core/analysis/pilot_study.h"

using namespace ts;
using Catch::Matchers::WithinRel;

namespace {

const LabPoint& point(const LabReport& r, const std::string& group, const std::string& visit) {
    for (const auto& g : r.groups)
        if (g.name == group)
            for (const auto& p : g.points)
                if (p.visit == visit) return p;
    FAIL("no point " << group << " / " << visit);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("ALB by visit on the CDISC pilot follows ABLFL and ANL01FL", "[analysis][cdisc][labs]") {
    const StudyData pilot = test::importPilot();
    LabOptions o;
    o.param = "ALB";
    o.population = "SAFFL";
    const LabReport r = analyseLabs(pilot, o);
    // R: tests/reference/cdisc_lab_baseline.R -> cdisc_lab_baseline.txt
    // (mean(base$AVAL[base$TRT01A == arm]) with base = ABLFL == "Y" records of SAFFL subjects)
    CHECK(point(r, "Placebo", "Baseline").n == 86);
    CHECK_THAT(*point(r, "Placebo", "Baseline").center, WithinRel(39.6976744186046, 1e-12));
    CHECK(point(r, "Xanomeline Low Dose", "Baseline").n == 96);
    CHECK_THAT(*point(r, "Xanomeline Low Dose", "Baseline").center, WithinRel(39.71875, 1e-12));
    CHECK(point(r, "Xanomeline High Dose", "Baseline").n == 72);
    CHECK_THAT(*point(r, "Xanomeline High Dose", "Baseline").center, WithinRel(40.4444444444444, 1e-12));
    // R: week2 = AVISIT == "Week 2", ANL01FL == "Y", DTYPE missing
    CHECK(point(r, "Placebo", "Week 2").n == 82);
    CHECK_THAT(*point(r, "Placebo", "Week 2").center, WithinRel(38.890243902439, 1e-12));
    CHECK(point(r, "Xanomeline High Dose", "Week 2").n == 70);
    // No derived (POST-BASELINE ...) or unscheduled visits in the summary.
    for (const auto& g : r.groups)
        for (const auto& p : g.points) {
            CHECK(p.visit.rfind("POST-BASELINE", 0) == std::string::npos);
            CHECK(p.visit.rfind("Unscheduled", 0) == std::string::npos);
        }
}
