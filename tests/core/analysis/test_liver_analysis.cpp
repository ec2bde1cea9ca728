// eDISH / mDISH peaks, quadrants and patterns, shift-table categories and liver events on small
// studies made in code, where each expected number is worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "core/analysis/analysis_error.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/liver_event.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/study_day.h"
#include "core/analysis/subject_profile.h"

using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

LabRecord lab(const std::string& id, const std::string& param, std::optional<double> day, double aval, double uln,
              std::optional<double> base = std::nullopt) {
    LabRecord r;
    r.usubjid = id;
    r.paramcd = param;
    r.param = param;
    r.ady = day;
    r.aval = aval;
    r.hi = uln;
    r.lo = 0.1 * uln;
    r.base = base;
    return r;
}

// Two arms; S1 (A) and S2 (B) with ALT, AST, BILI, ALKPH; S3 (B) with ALT only.
StudyData study() {
    StudyData s;
    s.info.id = "LIV";
    s.info.arms = {{"A", "A", std::nullopt, "", ""}, {"B", "B", std::nullopt, "", ""}};
    s.subjects = {{"S1", {{"TRT01A", "A"}, {"TRTSDT", "2020-01-10"}}},
                  {"S2", {{"TRT01A", "B"}, {"TRTSDT", "2020-01-10"}}},
                  {"S3", {{"TRT01A", "B"}, {"TRTSDT", "2020-01-10"}}}};
    // S1: ALT 40 at baseline (day -3), peaks 160/40 = 4 x ULN on day 8 and again on day 15 (tie: day 8);
    // a derived MAXIMUM record of 400 and a day-0 value of 300 do not count.
    s.labs.push_back(lab("S1", "ALT", -3, 40, 40, 40));
    s.labs.back().baseline = true;
    s.labs.push_back(lab("S1", "ALT", 8, 160, 40, 40));
    s.labs.push_back(lab("S1", "ALT", 15, 160, 40, 40));
    s.labs.push_back(lab("S1", "ALT", 29, 400, 40, 40));
    s.labs.back().derived = true;
    s.labs.push_back(lab("S1", "ALT", -1, 300, 40, 40));
    s.labs.push_back(lab("S1", "AST", 8, 200, 40));    // 5 x ULN
    s.labs.push_back(lab("S1", "BILI", 10, 42, 21));   // 2 x ULN exactly: in the Hy's law range
    s.labs.push_back(lab("S1", "ALKPH", 8, 80, 100));  // 0.8 x ULN: R = 4 / 0.8 = 5, hepatocellular
    // S2: no ADY; ADT 2020-01-20 is study day 11 (TRTSDT 2020-01-10 is day 1). ALT 1.5 x ULN, BILI 1 x.
    s.labs.push_back(lab("S2", "ALT", std::nullopt, 60, 40));
    s.labs.back().adt = "2020-01-20";
    s.labs.push_back(lab("S2", "BILI", std::nullopt, 21, 21));
    s.labs.back().adt = "2020-01-09";  // day -1: before treatment, not a peak
    s.labs.push_back(lab("S2", "BILI", 30, 10.5, 21));
    s.labs.push_back(lab("S2", "ALKPH", 30, 75, 100));  // R = 1.5 / 0.75 = 2: cholestatic
    s.labs.push_back(lab("S3", "ALT", 5, 200, 40));
    return s;
}

const LiverSubject& subject(const LiverReport& r, const std::string& id) {
    for (const LiverSubject& s : r.subjects)
        if (s.usubjid == id) return s;
    FAIL("no subject " << id);
    return r.subjects.front();
}

}  // namespace

TEST_CASE("study days: no day 0, leap years", "[liver]") {
    CHECK(dayNumber("1970-01-01") == 0);
    CHECK(dayNumber("2000-03-01").value() - dayNumber("2000-02-28").value() == 2);  // 2000 is a leap year
    CHECK(dayNumber("1900-03-01").value() - dayNumber("1900-02-28").value() == 1);  // 1900 is not
    CHECK_FALSE(dayNumber("2021-02-29"));
    CHECK_FALSE(dayNumber("2021-13-01"));
    CHECK(studyDay("2020-01-10", "2020-01-10") == 1);
    CHECK(studyDay("2020-01-09", "2020-01-10") == -1);
    CHECK(studyDay("2020-03-01", "2020-02-28") == 3);
}

TEST_CASE("eDISH peaks: post-baseline, not derived, earliest day on a tie, ADT when ADY is absent", "[liver]") {
    const LiverReport r = analyseLiver(study(), {});
    CHECK(r.x == "ALT");
    CHECK(r.y == "BILI");
    REQUIRE(r.subjects.size() == 2);  // S3 has no bilirubin
    const LiverSubject& s1 = subject(r, "S1");
    CHECK(s1.xPeak == 4.0);
    CHECK(s1.xPeakDay == 8.0);
    CHECK(s1.yPeak == 2.0);
    CHECK(s1.quadrant == Quadrant::HysLaw);  // both cut-offs are inclusive
    CHECK_THAT(*s1.rRatio, WithinRel(5.0, 1e-12));
    CHECK(s1.pattern == LiverPattern::Hepatocellular);
    const LiverSubject& s2 = subject(r, "S2");
    CHECK(s2.xPeak == 1.5);
    CHECK(s2.xPeakDay == 11.0);
    CHECK(s2.yPeak == 0.5);
    CHECK(s2.pattern == LiverPattern::Cholestatic);
    CHECK(s2.quadrant == Quadrant::Normal);
    REQUIRE(r.groups.size() == 2);
    CHECK(r.groups[0].quadrants[static_cast<size_t>(Quadrant::HysLaw)] == 1);
    CHECK(r.groups[1].n == 1);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].find("1 subject without") == 0);
}

TEST_CASE("eDISH x: AST and the larger of ALT and AST", "[liver]") {
    LiverOptions o;
    o.x = LiverX::Max;
    const LiverReport r = analyseLiver(study(), o);
    CHECK(subject(r, "S1").xPeak == 5.0);  // AST 5 > ALT 4
    CHECK(subject(r, "S1").xParam == "AST");
    CHECK(subject(r, "S2").xParam == "ALT");  // no AST
    o.x = LiverX::Ast;
    CHECK(analyseLiver(study(), o).subjects.size() == 1);
}

TEST_CASE("mDISH: multiples of the subject's baseline, BASE else the ABLFL record", "[liver]") {
    StudyData s = study();
    for (LabRecord& r : s.labs)
        if (r.usubjid == "S1" && r.paramcd == "BILI") r.base = 10.5;  // 42 / 10.5 = 4
    s.labs.push_back(lab("S2", "BILI", -2, 7, 21));
    s.labs.back().baseline = true;  // S2's bilirubin baseline from ABLFL: 10.5 / 7 = 1.5
    s.labs.push_back(lab("S2", "ALT", -2, 30, 40));
    s.labs.back().baseline = true;  // 60 / 30 = 2
    LiverOptions o;
    o.reference = LiverReference::Baseline;
    const LiverReport r = analyseLiver(s, o);
    CHECK(r.xCut == 3.8);
    CHECK(r.yCut == 4.8);
    CHECK(subject(r, "S1").xPeak == 4.0);  // 160 / BASE 40
    CHECK(subject(r, "S1").yPeak == 4.0);
    CHECK(subject(r, "S1").quadrant == Quadrant::Temple);
    CHECK(subject(r, "S2").xPeak == 2.0);
    CHECK(subject(r, "S2").yPeak == 1.5);
    CHECK_THAT(*subject(r, "S1").alpPeak, WithinRel(0.8, 1e-12));  // ALP stays x ULN
}

TEST_CASE("eDISH refuses studies without the tests and bad cut-offs", "[liver]") {
    StudyData s = study();
    LiverOptions o;
    o.xCut = 0;
    CHECK_THROWS_AS(analyseLiver(s, o), AnalysisError);
    o = {};
    o.params.bili = "TBILX";
    CHECK_THROWS_WITH(analyseLiver(s, o), Catch::Contains("no subject-level lab parameter 'TBILX'"));
    // A saved mapping naming a code the study lacks keeps only the codes it has.
    const LiverParams known = knownLiverParams(s, {"ALT", "SGOT", "TBILX", ""});
    CHECK(known.alt == "ALT");
    CHECK(known.ast.empty());
    CHECK(known.bili.empty());
    CHECK(liverParams(s, known).bili == "BILI");
    s.labs.erase(std::remove_if(s.labs.begin(), s.labs.end(), [](const LabRecord& r) { return r.paramcd == "BILI"; }),
                 s.labs.end());
    CHECK_THROWS_WITH(analyseLiver(s, {}), Catch::Contains("no subject-level ALT or AST and bilirubin"));
}

TEST_CASE("shift: categories from the indicators, else the values; missing baseline; no post-baseline", "[liver]") {
    StudyData s = study();
    for (LabRecord& r : s.labs)
        if (r.paramcd == "ALT" && r.usubjid == "S1") r.bnrind = "NORMAL";  // S1 ALT: 4 x ULN post-baseline -> HIGH
    ShiftOptions o;
    o.param = "ALT";
    const ShiftReport r = analyseShift(s, o);
    REQUIRE(r.groups == std::vector<std::string>{"A", "B"});
    CHECK(r.baselineLevels == std::vector<std::string>{"NOT HIGH", "HIGH", "MISSING"});  // S2, S3: no BNRIND, no BASE
    auto n = [&](const std::string& g, const std::string& b, const std::string& w) {
        for (const ShiftRow& row : r.rows)
            if (r.groups[static_cast<size_t>(row.group)] == g && row.baseline == b && row.worst == w) return row.n;
        return -1;
    };
    CHECK(n("A", "NOT HIGH", "HIGH") == 1);
    CHECK(n("B", "MISSING", "HIGH") == 2);  // S2 1.5 x ULN, S3 5 x ULN
    CHECK(r.groupN == std::vector<int>{1, 2});
    o.direction = ShiftDirection::Low;
    const ShiftReport low = analyseShift(s, o);
    CHECK(low.worstLevels == std::vector<std::string>{"NOT LOW", "LOW"});
}

TEST_CASE("liver event: first value >= k x ULN, else censored at the last assessment", "[liver]") {
    const StudyData s = liverEventStudy(study(), {"ALT", 3});
    REQUIRE(s.tte.size() == 3);
    CHECK(s.tte[0].usubjid == "S1");
    CHECK(s.tte[0].aval == 8.0);  // 160 >= 120 on day 8
    CHECK(s.tte[0].cnsr == 0);
    CHECK(s.tte[1].usubjid == "S2");
    CHECK(s.tte[1].aval == 11.0);  // 60 < 120: censored at day 11
    CHECK(s.tte[1].cnsr == 1);
    CHECK(s.tte[2].aval == 5.0);
    CHECK(s.tte[0].paramcd == "ALT_GE3ULN");
    CHECK_THROWS_AS(liverEventStudy(study(), {"GGT", 3}), AnalysisError);
}

TEST_CASE("subject profile: the liver tests, the study days and the treatment end", "[liver]") {
    StudyData s = study();
    s.subjects[0].vars["TRTEDT"] = "2020-02-08";  // day 30
    AdverseEvent e;
    e.usubjid = "S1";
    e.decod = "NAUSEA";
    e.astdt = "2020-01-12";  // day 3
    s.aes.push_back(e);
    const SubjectProfile p = subjectProfile(s, "S1");
    CHECK(p.group == "A");
    CHECK(p.treatmentEndDay == 30.0);
    CHECK(p.labs.size() == 7);  // the derived ALT record is left out
    REQUIRE(p.aes.size() == 1);
    CHECK(p.aes[0].startDay == 3.0);
    CHECK_FALSE(p.aes[0].endDay);
    CHECK_THROWS_AS(subjectProfile(s, "S9"), AnalysisError);
}
