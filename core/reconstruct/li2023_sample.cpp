#include "core/reconstruct/li2023_sample.h"

#include <algorithm>
#include <cmath>

#include "core/reconstruct/sample_records.h"
#include "core/reconstruct/shape_search.h"
#include "core/reconstruct/two_arm_hr.h"

namespace ts {
namespace {

constexpr double kEnd = 131;         // Nov 2010 -> 30 Oct 2021
constexpr double kCensorFrom = 104;  // Feb 2013 -> 30 Oct 2021

// Deaths by t = n (1 - S(t)) exactly, since nobody is censored before 104 months.
// SCT: 36 x (1 - 0.833) = 6 by 36 months, 36 x (1 - 0.639) = 13 by 60; median 92.5 with 18/36 deaths
// (S = 0.5 exactly, so R's median is the midpoint of the 18th and 19th deaths: 92 and 93).
ArmSummary sct() {
    return {36, {{36, {}, {}, 6}, {60, {}, {}, 13}, {92, {}, {}, 18}, {93, {}, {}, 19}}, 22, kEnd, kCensorFrom};
}

// Matched non-SCT: 72 x (1 - 0.639) = 26 by 36, 72 x (1 - 0.472) = 38 by 60; median 57.7 with S = 0.5
// exactly after 36 deaths: 36th and 37th deaths at 57.2 and 58.2. 33 deaths by 50.8 (linear between
// 36 and 57.2 months) fixes the split of the whole-cohort median below.
ArmSummary matched() {
    return {72,
            {{36, {}, {}, 26}, {50.8, {}, {}, 33}, {57.2, {}, {}, 36}, {58.2, {}, {}, 37}, {60, {}, {}, 38}},
            58,
            kEnd,
            kCensorFrom};
}

// Unmatched non-SCT (165 - 72 = 93, 139 - 58 = 81 deaths): whole cohort 165 x (1 - 0.618) = 63 deaths
// by 36 and 165 x (1 - 0.436) = 93 by 60, median 50.8 = the 83rd death; minus the matched deaths.
ArmSummary unmatched() { return {93, {{36, {}, {}, 37}, {50.8, {}, {}, 50}, {60, {}, {}, 55}}, 81, kEnd, kCensorFrom}; }

std::vector<IpdRecord> concat(std::vector<IpdRecord> a, const std::vector<IpdRecord>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

Li2023Fit li2023Sample() {
    const double target = std::log(0.47);  // Table 2, HUCB-MSCT HR 0.47 (0.29-0.76)
    auto fit = [](double shape) {
        auto non = concat(reconstructArm(matched(), shape).records, reconstructArm(unmatched(), shape).records);
        return twoArmLogHr(non, reconstructArm(sct(), 1 / shape).records);
    };
    // A fit that fails counts as infinitely far from the target.
    auto loss = [&](double shape) {
        auto l = fit(shape);
        return l ? std::abs(l->coef - target) : HUGE_VAL;
    };
    ShapeChoice best = searchShape(loss, 0.25, 4.0);

    Li2023Fit out;
    out.shape = best.value;
    StudyData& st = out.study;
    st.info.id = "LI2023";
    const std::string os = "Overall survival";
    auto add = [&](const ArmSummary& a, double shape, const std::string& arm, const std::string& prefix, int first,
                   bool psm, int males, int hcc) {
        auto recs = reconstructArm(a, shape).records;
        auto male = spread(a.n, males);
        auto withHcc = spread(a.n, hcc);
        // Illustrative HCC times (none are published): the j-th of the k subjects with HCC is diagnosed
        // at 0.2 + 0.6 (j + 0.5) / k of its OS time.
        std::vector<std::string> ids;
        std::vector<std::optional<double>> hccAt;
        for (int i = 0, j = 0; i < a.n; ++i) {
            const double f = 0.2 + 0.6 * (j + 0.5) / std::max(hcc, 1);
            hccAt.push_back(withHcc[static_cast<std::size_t>(i)]
                                ? std::optional<double>(f * recs[static_cast<std::size_t>(i)].time)
                                : std::nullopt);
            j += withHcc[static_cast<std::size_t>(i)] ? 1 : 0;
        }
        for (int i = 0; i < a.n; ++i) {
            std::string id = sampleId(st.info.id, prefix, first + i);
            Subject s = sampleSubject(st.info.id, id, arm);
            s.vars["PSMFL"] = psm ? "Y" : "N";
            s.vars["SEX"] = male[static_cast<std::size_t>(i)] ? "M" : "F";
            s.vars["HCCFL"] = withHcc[static_cast<std::size_t>(i)] ? "Y" : "N";
            st.subjects.push_back(std::move(s));
            st.tte.push_back(sampleTte(id, "OS", os, recs[static_cast<std::size_t>(i)]));
            ids.push_back(id);
        }
        for (TteRecord& t : hccRecords(ids, recs, hccAt)) st.tte.push_back(std::move(t));
    };
    // Table 1: males 28/36 SCT, 117/165 non-SCT, 58/72 matched (59/93 unmatched); HCC 15/36,
    // 52/165, 20/72 matched (32/93 unmatched) from the Results paragraph.
    add(sct(), 1 / out.shape, "SCT", "S", 1, true, 28, 15);
    add(matched(), out.shape, "Non-SCT", "N", 1, true, 58, 20);
    add(unmatched(), out.shape, "Non-SCT", "N", 73, false, 59, 32);
    out.logHr = fit(out.shape).value_or(LogHr{}).coef;
    return out;
}

}  // namespace ts
