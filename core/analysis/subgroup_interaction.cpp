#include "core/analysis/subgroup_interaction.h"

#include <map>
#include <unordered_map>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/stats/chisq_tail.h"
#include "core/stats/cox_ph.h"

namespace ts {

namespace {

// Treatment coding of arm (first group the reference) and subgroup (first level in sorted order),
// then, when `products`, the arm x subgroup columns, as R's model.matrix(~ arm * sub).
stats::CoxDesign design(const std::vector<int>& arm, int arms, const std::vector<int>& sub, int levels, bool products) {
    stats::CoxDesign d;
    for (int a = 1; a < arms; ++a) d.names.push_back("arm" + std::to_string(a));
    for (int l = 1; l < levels; ++l) d.names.push_back("sub" + std::to_string(l));
    if (products)
        for (int l = 1; l < levels; ++l)
            for (int a = 1; a < arms; ++a) d.names.push_back("arm" + std::to_string(a) + ":sub" + std::to_string(l));
    const std::size_t p = d.names.size();
    d.x.assign(arm.size() * p, 0.0);
    for (std::size_t i = 0; i < arm.size(); ++i) {
        double* row = &d.x[i * p];
        if (arm[i] > 0) row[arm[i] - 1] = 1;
        if (sub[i] > 0) row[arms - 1 + sub[i] - 1] = 1;
        if (products && arm[i] > 0 && sub[i] > 0)
            row[(arms - 1) + (levels - 1) + (sub[i] - 1) * (arms - 1) + (arm[i] - 1)] = 1;
    }
    return d;
}

}  // namespace

InteractionTest subgroupInteraction(const StudyData& study, const std::string& endpoint, const std::string& variable,
                                    const std::string& by, const std::string& population) {
    const Grouping g = groupSubjects(study, by, population);
    std::map<std::string, int> levelOf;  // sorted, as R's factor levels
    bool known = false;
    for (const Subject& s : study.subjects)
        if (const std::string* v = s.var(variable)) {
            known = true;
            if (!v->empty()) levelOf.emplace(*v, 0);
        }
    if (!known) throw AnalysisError("no ADSL variable " + variable + " in study " + study.info.id);
    int next = 0;
    for (auto& [value, code] : levelOf) code = next++;
    std::unordered_map<std::string, std::pair<int, int>> subject;  // USUBJID -> (arm, level)
    for (std::size_t i = 0; i < study.subjects.size(); ++i) {
        const Subject& s = study.subjects[i];
        const std::string* v = s.var(variable);
        if (g.subjectGroup[i] < 0 || !v || v->empty()) continue;
        subject.emplace(s.usubjid, std::pair{g.subjectGroup[i], levelOf.at(*v)});
    }
    std::vector<double> time;
    std::vector<int> event, arm, sub;
    for (const TteRecord& r : study.tte) {
        if (r.paramcd != endpoint) continue;
        auto it = subject.find(r.usubjid);
        if (it == subject.end()) continue;
        time.push_back(r.aval);
        event.push_back(r.cnsr == 0 ? 1 : 0);
        arm.push_back(it->second.first);
        sub.push_back(it->second.second);
    }
    if (time.empty()) throw AnalysisError("study " + study.info.id + " has no records of " + endpoint + " to test");
    const int arms = static_cast<int>(g.names.size()), levels = static_cast<int>(levelOf.size());
    if (arms < 2 || levels < 2) throw AnalysisError("an interaction test needs 2 arms and 2 levels of " + variable);
    const stats::CoxFit reduced = stats::coxPh(time, event, design(arm, arms, sub, levels, false));
    const stats::CoxFit full = stats::coxPh(time, event, design(arm, arms, sub, levels, true));
    for (const stats::CoxFit* f : {&reduced, &full})
        if (f->status == stats::CoxStatus::NotConverged || f->status == stats::CoxStatus::NoEvents)
            throw AnalysisError("the interaction test of " + variable + " cannot be fitted: " + f->note);
    InteractionTest t;
    t.n = static_cast<int>(time.size());
    t.chisq = 2 * (full.loglik - reduced.loglik);
    t.df = full.df - reduced.df;  // terms that are not collinear, as the df of R's anova
    t.p = stats::chisqUpperP(t.chisq, t.df);
    return t;
}

}  // namespace ts
