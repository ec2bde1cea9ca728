#include "core/analysis/compare_studies.h"

#include <algorithm>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/analysis/time_ticks.h"

namespace ts {

namespace {

double lastTime(const SurvivalReport& r) {
    double t = 0;
    for (const SurvivalGroup& g : r.groups)
        if (!g.fit.steps.empty()) t = std::max(t, g.fit.steps.back().time);
    return t;
}

}  // namespace

std::string compareLabel(const ComparedStudy& s, int group) {
    return s.study->info.id + ": " + s.report.groups[static_cast<size_t>(group)].name;
}

Comparison compareStudies(const std::vector<CompareStudy>& studies, const CompareOptions& options) {
    if (studies.size() < 2 || studies.size() > static_cast<size_t>(kMaxCompared))
        throw AnalysisError("a comparison needs 2 to 4 studies, got " + std::to_string(studies.size()));
    Comparison c;
    c.endpoint = options.endpoint;
    c.unit = options.unit.value_or(unitOfText(studies.front().study->info.timeUnit));
    c.times = options.times;

    // Pass 1: the longest follow-up in the display unit fixes the common ticks.
    SurvivalOptions base;
    base.endpoint = options.endpoint;
    for (const CompareStudy& s : studies) {
        const SurvivalReport r = analyseSurvival(*s.study, base);
        c.maxTime = std::max(c.maxTime, lastTime(r) * unitFactor(unitOfText(s.study->info.timeUnit), c.unit));
    }
    c.ticks = tickTimes(c.maxTime, c.unit);

    // Pass 2: each study at the ticks in its own unit.
    for (const CompareStudy& s : studies) {
        ComparedStudy cs;
        cs.study = s.study;
        cs.timeFactor = unitFactor(unitOfText(s.study->info.timeUnit), c.unit);
        SurvivalOptions o = base;
        o.reference = s.control;
        for (double t : c.ticks) o.times.push_back(t / cs.timeFactor);
        cs.report = analyseSurvival(*s.study, o);
        for (const SurvivalGroup& g : cs.report.groups)
            cs.shown.push_back(s.arms.empty() || std::find(s.arms.begin(), s.arms.end(), g.name) != s.arms.end());
        // An arm of the study without subjects in the analysed population (the pilot's Screen
        // Failure has no ADTTE record) is left out; a name the study does not have is an error.
        for (const std::string& arm : s.arms) {
            if (std::any_of(cs.report.groups.begin(), cs.report.groups.end(),
                            [&](const SurvivalGroup& g) { return g.name == arm; }))
                continue;
            const std::vector<std::string> studyArms = groupSubjects(*s.study, "", "").names;  // rarely reached
            if (std::find(studyArms.begin(), studyArms.end(), arm) == studyArms.end())
                throw AnalysisError("study " + s.study->info.id + " has no arm " + arm);
        }
        for (const SurvivalGroup& g : cs.report.groups) cs.colours.push_back(g.colour);
        c.studies.push_back(std::move(cs));
    }
    return c;
}

}  // namespace ts
