#include "core/reconstruct/shi2021_sample.h"

#include <cmath>
#include <string>

#include "core/reconstruct/sample_labs.h"
#include "core/reconstruct/sample_records.h"
#include "core/reconstruct/shape_search.h"
#include "core/reconstruct/two_arm_hr.h"

namespace ts {
namespace {

constexpr double kLandmark = 13;

// A published HR with its 95% CI as a target on the log scale: se = log(upper/lower) / (2 x 1.96).
struct HrTarget {
    double coef, se;
    HrTarget(double hr, double lo, double hi) : coef(std::log(hr)), se(std::log(hi / lo) / (2 * 1.959964)) {}
    double loss(const std::optional<LogHr>& f) const {
        if (!f) return HUGE_VAL;
        return (f->coef - coef) * (f->coef - coef) + (f->se - se) * (f->se - se);
    }
};

const HrTarget kOs(1.89, 1.01, 3.58), kOsBefore(0.97, 0.40, 2.32), kOsAfter(3.68, 1.38, 9.85);

// Index 0 = UC-MSC, 1 = control. Follow-up ends at 85 / 82 months; the censoring window starts at
// 2 x median - end so that uniform censoring has the published median follow-up (61 / 57).
ArmSummary osArm(int arm, int before, int after) {
    const int n[2] = {108, 111};
    const double end[2] = {85, 82}, median[2] = {61, 57};
    return {n[arm], {{kLandmark, {}, {}, before}}, before + after, end[arm], 2 * median[arm] - end[arm]};
}

// Fig. 5a numbers at risk, assumed at 0, 10, ..., 70 months (8 numbers over the 75-month axis; at
// 60 months 59/108 and 47/111 remain, matching median follow-ups of 61 and 57 months).
ArmSummary hccArm(int arm) {
    const int risk[2][7] = {{79, 70, 68, 67, 63, 59, 35}, {105, 94, 87, 73, 65, 47, 24}};
    const int n[2] = {108, 111}, events[2] = {13, 23};
    const double end[2] = {85, 82};
    ArmSummary a{n[arm], {}, events[arm], end[arm], 0};
    for (int i = 0; i < 7; ++i) a.knots.push_back({10.0 * (i + 1), {}, risk[arm][i], {}});
    return a;
}

std::optional<LogHr> osHr(const int before[2], const int after[2], double shape, HrWindow w) {
    auto msc = reconstructArm(osArm(0, before[0], after[0]), 1 / shape).records;
    auto ctl = reconstructArm(osArm(1, before[1], after[1]), shape).records;
    return twoArmLogHr(msc, ctl, w, kLandmark);
}

void addLabs(StudyData& st, const std::vector<std::string>& ids, int arm) {
    struct Param {
        SampleLabParam p;
        VisitTarget v[2][4];
    };
    // Week 0 = Table 1 mean ± SD. Weeks 12-48 illustrative, following the Results text: ALB rises in
    // both arms, higher with UC-MSC at 24 and 48 weeks; PTA rises with UC-MSC only; CHE rises and
    // TBIL falls with UC-MSC, control roughly flat.
    static const Param params[] = {
        {{"ALB", "Albumin (g/L)", "g/L", {}, {}},
         {{{30.9, 5.9}, {33.0, 5.5}, {35.0, 5.2}, {35.5, 5.0}}, {{30.5, 6.2}, {31.8, 6.0}, {32.3, 5.9}, {32.8, 5.8}}}},
        {{"PTA", "Prothrombin activity (%)", "%", {}, {}},
         {{{63.3, 16.5}, {68.5, 15.8}, {70.2, 15.5}, {72.0, 15.0}},
          {{62.4, 16.3}, {63.0, 16.0}, {63.4, 16.0}, {63.8, 16.0}}}},
        {{"CHE", "Cholinesterase (U/L)", "U/L", {}, {}},
         {{{2812, 1560}, {3300, 1500}, {3600, 1450}, {3800, 1400}},
          {{3337, 1335}, {3400, 1330}, {3480, 1320}, {3520, 1310}}}},
        {{"TBIL", "Total bilirubin (umol/L)", "umol/L", {}, {}},
         {{{76.0, 127.9}, {55.0, 80.0}, {46.0, 60.0}, {40.0, 45.0}},
          {{33.2, 29.8}, {32.0, 28.0}, {31.5, 27.0}, {30.8, 26.0}}}},
    };
    // ADY = 7 x week + 1 (day 1 = randomisation)
    static const std::vector<SampleVisit> visits = {
        {"Baseline", 0, 1}, {"Week 12", 12, 85}, {"Week 24", 24, 169}, {"Week 48", 48, 337}};
    int stride = 41;  // coprime with 108 and 111; a different permutation per parameter
    for (const Param& p : params) {
        addSampleLabs(st, ids, p.p, visits, std::vector<VisitTarget>(p.v[arm], p.v[arm] + 4), stride);
        stride += 2;
    }
}

}  // namespace

Shi2021Fit shi2021Sample() {
    Shi2021Fit out;
    // Landmark before 13 months: deaths in (0, 13] of each arm (grid 3..25).
    double bestBefore = HUGE_VAL;
    for (int m = 3; m <= 25; ++m)
        for (int c = 3; c <= 25; ++c) {
            int b[2] = {m, c}, a[2] = {5, 15};
            double l = kOsBefore.loss(osHr(b, a, 1.0, HrWindow::Before));
            if (l < bestBefore) {
                bestBefore = l;
                out.deathsBefore[0] = m;
                out.deathsBefore[1] = c;
            }
        }
    // After 13 months, given those (grid 1..25 x 5..45).
    double bestAfter = HUGE_VAL;
    for (int m = 1; m <= 25; ++m)
        for (int c = 5; c <= 45; ++c) {
            int a[2] = {m, c};
            double l = kOsAfter.loss(osHr(out.deathsBefore, a, 1.0, HrWindow::After));
            if (l < bestAfter) {
                bestAfter = l;
                out.deathsAfter[0] = m;
                out.deathsAfter[1] = c;
            }
        }
    // The shape moves deaths within (0, 13] and (13, end]: tune it on all three published HRs.
    out.osShape = searchShape(
                      [&](double s) {
                          return kOs.loss(osHr(out.deathsBefore, out.deathsAfter, s, HrWindow::Whole)) +
                                 kOsBefore.loss(osHr(out.deathsBefore, out.deathsAfter, s, HrWindow::Before)) +
                                 kOsAfter.loss(osHr(out.deathsBefore, out.deathsAfter, s, HrWindow::After));
                      },
                      0.25, 4.0)
                      .value;
    const HrTarget hcc(1.77, 0.91, 3.43);
    auto hccHr = [](double s) {
        return twoArmLogHr(reconstructArm(hccArm(0), 1 / s).records, reconstructArm(hccArm(1), s).records);
    };
    out.hccShape = searchShape(
                       [&](double s) {
                           auto f = hccHr(s);
                           return f ? std::abs(f->coef - hcc.coef) : HUGE_VAL;
                       },
                       0.25, 4.0)
                       .value;

    StudyData& st = out.study;
    st.info.id = "SHI2021";
    const char* arms[2] = {"UC-MSC", "Control"};
    const char* prefix[2] = {"M", "C"};
    const int males[2] = {94, 96};  // Table 1, gender male/female 94/14 and 96/15
    for (int arm = 0; arm < 2; ++arm) {
        double osShape = arm == 0 ? 1 / out.osShape : out.osShape;
        double hccShape = arm == 0 ? 1 / out.hccShape : out.hccShape;
        auto os = reconstructArm(osArm(arm, out.deathsBefore[arm], out.deathsAfter[arm]), osShape).records;
        auto hccRecs = reconstructArm(hccArm(arm), hccShape).records;
        int n = static_cast<int>(os.size());
        auto male = spread(n, males[arm]);
        auto fever = spread(n, arm == 0 ? 7 : 0);
        std::vector<std::string> ids;
        std::vector<double> hccTimes;  // the reconstructed HCC events, placed on subjects below
        for (const IpdRecord& r : hccRecs)
            if (r.event) hccTimes.push_back(r.time);
        for (int i = 0; i < n; ++i) {
            std::string id = sampleId(st.info.id, prefix[arm], i + 1);
            ids.push_back(id);
            Subject s = sampleSubject(st.info.id, id, arms[arm]);
            s.vars["SEX"] = male[static_cast<std::size_t>(i)] ? "M" : "F";
            st.subjects.push_back(std::move(s));
            // both record lists are sorted by time: pairing by index pairs by rank
            st.tte.push_back(sampleTte(id, "OS", "Overall survival", os[static_cast<std::size_t>(i)]));
            st.tte.push_back(sampleTte(id, "HCCFS", "HCC-free survival", hccRecs[static_cast<std::size_t>(i)]));
            if (fever[static_cast<std::size_t>(i)]) {
                AdverseEvent e;
                e.usubjid = id;
                e.bodsys = "General disorders and administration site conditions";
                e.decod = "Pyrexia";
                e.severity = "MILD";
                e.toxgr = 1;
                e.serious = false;
                e.trtemfl = true;
                e.provenance = Provenance::Illustrative;
                st.aes.push_back(e);
            }
        }
        for (TteRecord& t : hccRecords(ids, os, hccOnSurvivors(os, hccTimes))) st.tte.push_back(std::move(t));
        addLabs(st, ids, arm);
    }
    return out;
}

}  // namespace ts
