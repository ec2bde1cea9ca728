#include "core/analysis/subject_profile.h"

#include <algorithm>
#include <tuple>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/analysis/post_baseline.h"
#include "core/analysis/study_day.h"

namespace ts {

namespace {

std::optional<double> dayOf(std::optional<double> delivered, const std::string& date, const std::string& trtsdt) {
    if (delivered) return delivered;
    const std::optional<long> d = studyDay(date, trtsdt);
    return d ? std::optional<double>(static_cast<double>(*d)) : std::nullopt;
}

}  // namespace

std::vector<std::string> subjectIds(const StudyData& study) {
    std::vector<std::string> ids;
    ids.reserve(study.subjects.size());
    for (const Subject& s : study.subjects) ids.push_back(s.usubjid);
    return ids;
}

SubjectProfile subjectProfile(const StudyData& study, const std::string& usubjid, const LiverParams& params) {
    const auto it = std::find_if(study.subjects.begin(), study.subjects.end(),
                                 [&](const Subject& s) { return s.usubjid == usubjid; });
    if (it == study.subjects.end()) throw AnalysisError("study " + study.info.id + " has no subject '" + usubjid + "'");
    const Subject& subject = *it;
    SubjectProfile p;
    p.study = study.info.id;
    p.usubjid = usubjid;
    p.timeUnit = study.info.timeUnit;
    const Grouping g = groupSubjects(study, "", "");
    const auto at = static_cast<size_t>(it - study.subjects.begin());
    if (g.subjectGroup[at] >= 0) p.group = g.names[static_cast<size_t>(g.subjectGroup[at])];
    for (const auto& [name, value] : subject.vars) p.adsl.emplace_back(name, value);
    if (const std::string* d = subject.var("TRTSDT")) p.trtsdt = d->substr(0, 10);
    if (const std::string* d = subject.var("TRTEDT")) p.trtedt = d->substr(0, 10);
    if (const auto end = studyDay(p.trtedt, p.trtsdt)) p.treatmentEndDay = static_cast<double>(*end);
    else if (const std::string* dur = subject.var("TRTDURD"); dur && !dur->empty()) {
        try {
            p.treatmentEndDay = std::stod(*dur);
        } catch (const std::exception&) {}
    }

    p.liver = liverParams(study, params);
    PostBaseline days(study);
    for (const LabRecord& r : study.labs) {
        if (r.usubjid != usubjid || r.derived || !r.aval) continue;
        if (r.paramcd != p.liver.alt && r.paramcd != p.liver.ast && r.paramcd != p.liver.bili &&
            r.paramcd != p.liver.alp)
            continue;
        ProfileLab lab{r.paramcd, r.param, r.unit, r.avisit, days.day(r), *r.aval, r.hi, std::nullopt, r.baseline};
        if (r.hi && *r.hi > 0) lab.xUln = *r.aval / *r.hi;
        p.labs.push_back(std::move(lab));
        p.provenance = std::max(p.provenance, r.provenance);
    }
    std::stable_sort(p.labs.begin(), p.labs.end(), [](const ProfileLab& a, const ProfileLab& b) {
        return std::tuple(a.paramcd, a.day.value_or(-1e300)) < std::tuple(b.paramcd, b.day.value_or(-1e300));
    });
    for (const AdverseEvent& e : study.aes) {
        if (e.usubjid != usubjid) continue;
        p.provenance = std::max(p.provenance, e.provenance);
        p.aes.push_back({e.decod, e.bodsys, e.severity, e.related, e.action, e.outcome, e.toxgr, e.serious, e.death,
                         dayOf(e.astdy, e.astdt, p.trtsdt), dayOf(e.aendy, e.aendt, p.trtsdt)});
    }
    std::stable_sort(p.aes.begin(), p.aes.end(), [](const ProfileAe& a, const ProfileAe& b) {
        return a.startDay.value_or(1e300) < b.startDay.value_or(1e300);
    });
    for (const TteRecord& r : study.tte)
        if (r.usubjid == usubjid) {
            p.outcomes.push_back({r.paramcd, r.param, r.aval, r.cnsr == 0});
            p.provenance = std::max(p.provenance, r.provenance);
        }
    return p;
}

}  // namespace ts
