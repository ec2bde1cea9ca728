#include "core/analysis/grouping.h"

#include <algorithm>
#include <array>
#include <set>

#include "core/analysis/analysis_error.h"

namespace ts {

namespace {

bool hasVariable(const StudyData& study, const std::string& name) {
    return std::any_of(study.subjects.begin(), study.subjects.end(),
                       [&](const Subject& s) { return s.var(name) != nullptr; });
}

std::string defaultBy(const StudyData& study) {
    for (const char* name : {"TRT01A", "ARM", "TRT01P", "ACTARM"})
        if (hasVariable(study, name)) return name;
    throw AnalysisError("study " + study.info.id + " has no grouping variable (TRT01A, ARM, TRT01P or ACTARM) in ADSL");
}

// Position of a group value in the study's arm order; arms.size() when the study does not list it.
size_t studyArmRank(const StudyInfo& info, const std::string& value) {
    for (size_t k = 0; k < info.arms.size(); ++k)
        if (info.arms[k].code == value || info.arms[k].label == value) return k;
    return info.arms.size();
}

std::string colourOf(const StudyInfo& info, const std::string& name, int position) {
    const Arm* arm = armOfGroup(info, name);
    return arm && !arm->colour.empty() ? arm->colour : okabeIto(position);
}

}  // namespace

const Arm* armOfGroup(const StudyInfo& info, const std::string& name) {
    for (const auto& a : info.arms)
        if (a.label == name) return &a;
    for (const auto& a : info.arms)
        if (a.code == name) return &a;
    return nullptr;
}

std::optional<int> findGroup(const StudyInfo& info, const Grouping& grouping, const std::string& name) {
    for (size_t k = 0; k < grouping.names.size(); ++k) {
        const Arm* arm = armOfGroup(info, grouping.names[k]);
        if (grouping.names[k] == name || (arm && (arm->code == name || arm->label == name))) return static_cast<int>(k);
    }
    return std::nullopt;
}

Grouping groupArms(const StudyInfo& info) {
    Grouping g;
    g.by = "ARM";
    for (const auto& a : info.arms) {
        g.names.push_back(a.label.empty() ? a.code : a.label);
        g.colours.push_back(colourOf(info, g.names.back(), static_cast<int>(g.names.size()) - 1));
    }
    g.sizes.assign(g.names.size(), 0);
    return g;
}

Grouping groupSubjects(const StudyData& study, const std::string& by, const std::string& population) {
    if (study.subjects.empty()) return groupArms(study.info);
    Grouping g;
    g.by = by.empty() ? defaultBy(study) : by;
    if (!hasVariable(study, g.by))
        throw AnalysisError("study " + study.info.id + " has no ADSL variable " + g.by + " to group by");
    if (!population.empty() && !hasVariable(study, population))
        throw AnalysisError("study " + study.info.id + " has no ADSL population flag " + population);

    // Members: subjects in the population with a non-empty value. Groups are their distinct
    // values (a level with nobody in the population is no group), in arm order, then alphabetically.
    std::vector<const std::string*> value(study.subjects.size(), nullptr);  // per subject, null if no member
    std::set<std::string> values;
    for (size_t i = 0; i < study.subjects.size(); ++i) {
        const Subject& s = study.subjects[i];
        if (!population.empty()) {
            const std::string* flag = s.var(population);
            if (!flag || *flag != "Y") continue;
        }
        if (const std::string* v = s.var(g.by); v && !v->empty()) {
            value[i] = v;
            values.insert(*v);
        }
    }
    std::vector<std::string> ordered(values.begin(), values.end());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const std::string& a, const std::string& b) {
        return studyArmRank(study.info, a) < studyArmRank(study.info, b);
    });
    std::map<std::string, int> index;
    for (const auto& v : ordered) {
        const Arm* arm = armOfGroup(study.info, v);
        const int pos = static_cast<int>(g.names.size());
        index[v] = pos;
        g.names.push_back(arm && !arm->label.empty() ? arm->label : v);
        g.colours.push_back(colourOf(study.info, v, pos));
    }
    g.sizes.assign(g.names.size(), 0);
    g.subjectGroup.reserve(value.size());
    for (const std::string* v : value) {
        g.subjectGroup.push_back(v ? index.at(*v) : -1);
        if (v) ++g.sizes[static_cast<size_t>(g.subjectGroup.back())];
    }
    return g;
}

std::string okabeIto(int index) {
    // Okabe & Ito (2008), ordered so the first two groups contrast strongly (blue vs vermillion).
    static constexpr std::array<const char*, 8> palette{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                        "#E69F00", "#56B4E9", "#F0E442", "#000000"};
    const int n = static_cast<int>(palette.size());
    return palette[static_cast<size_t>(((index % n) + n) % n)];
}

}  // namespace ts
