#include "core/analysis/grouping.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/analysis/analysis_error.h"
#include "core/analysis/study_columns.h"

namespace ts {

namespace {

constexpr std::array<const char*, 4> kDefaultBy{"TRT01A", "ARM", "TRT01P", "ACTARM"};

std::string defaultBy(const StudyInfo& info, const AdslColumns& adsl) {
    for (const char* name : kDefaultBy)
        if (adsl.find(name)) return name;
    throw AnalysisError("study " + info.id + " has no grouping variable (TRT01A, ARM, TRT01P or ACTARM) in ADSL");
}

std::string colourOf(const Arm* arm, int position) {
    return arm && !arm->colour.empty() ? arm->colour : okabeIto(position);
}

// The study's arms by name, built once per grouping (a lookup per value and per sort comparison
// was quadratic: 10^5 arms took minutes).
class ArmIndex {
public:
    explicit ArmIndex(const StudyInfo& info) : m_end(info.arms.size()) {
        for (std::size_t k = 0; k < info.arms.size(); ++k) {  // first arm naming a value by code or label
            m_rank.emplace(info.arms[k].code, k);
            m_rank.emplace(info.arms[k].label, k);
        }
        for (const auto& a : info.arms) m_arm.emplace(a.label, &a);  // as armOfGroup: labels first
        for (const auto& a : info.arms) m_arm.emplace(a.code, &a);
    }
    // Position of a value in the study's arm order; arms.size() when the study does not list it.
    std::size_t rank(const std::string& value) const {
        auto it = m_rank.find(value);
        return it == m_rank.end() ? m_end : it->second;
    }
    const Arm* arm(const std::string& value) const {
        auto it = m_arm.find(value);
        return it == m_arm.end() ? nullptr : it->second;
    }

private:
    std::size_t m_end;
    std::unordered_map<std::string, std::size_t> m_rank;
    std::unordered_map<std::string, const Arm*> m_arm;
};

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
        g.colours.push_back(colourOf(armOfGroup(info, g.names.back()), static_cast<int>(g.names.size()) - 1));
    }
    g.sizes.assign(g.names.size(), 0);
    return g;
}

std::vector<std::string> groupingInputs(const std::string& by, const std::string& population) {
    std::vector<std::string> names;
    if (by.empty()) names.assign(kDefaultBy.begin(), kDefaultBy.end());
    else names.push_back(by);
    if (!population.empty()) names.push_back(population);
    return names;
}

Grouping groupSubjects(const StudyInfo& info, const AdslColumns& adsl, const std::string& by,
                       const std::string& population) {
    if (adsl.subjects == 0) return groupArms(info);
    Grouping g;
    g.by = by.empty() ? defaultBy(info, adsl) : by;
    if (g.by == "USUBJID" || g.by == "SUBJID")
        throw AnalysisError(g.by + " identifies subjects; it cannot group them (choose a grouping variable)");
    const CodedColumn* values = adsl.find(g.by);
    if (!values) throw AnalysisError("study " + info.id + " has no ADSL variable " + g.by + " to group by");
    const CodedColumn* flag = population.empty() ? nullptr : adsl.find(population);
    if (!population.empty() && !flag)
        throw AnalysisError("study " + info.id + " has no ADSL population flag " + population);

    // Members: subjects in the population (flag "Y") with a value. Groups are the values that have
    // members (a level with nobody in the population is no group), in arm order, then alphabetically.
    std::int32_t yes = -1;
    if (flag)
        for (std::size_t k = 0; k < flag->levels.size(); ++k)
            if (flag->levels[k] == "Y") yes = static_cast<std::int32_t>(k);
    auto member = [&](std::size_t i) {
        return values->codes[i] >= 0 && (!flag || (yes >= 0 && flag->codes[i] == yes));
    };
    std::vector<bool> used(values->levels.size(), false);
    for (std::size_t i = 0; i < adsl.subjects; ++i)
        if (member(i)) used[static_cast<std::size_t>(values->codes[i])] = true;
    std::vector<std::size_t> ordered;
    for (std::size_t k = 0; k < used.size(); ++k)
        if (used[k]) ordered.push_back(k);
    if (ordered.size() > kMaxGroups)
        throw AnalysisError("grouping by " + g.by + " gives " + std::to_string(ordered.size()) + " groups; at most " +
                            std::to_string(kMaxGroups) + " can be compared (choose a variable with fewer values)");
    const ArmIndex arms(info);
    std::sort(ordered.begin(), ordered.end(),
              [&](std::size_t a, std::size_t b) { return values->levels[a] < values->levels[b]; });
    std::stable_sort(ordered.begin(), ordered.end(), [&](std::size_t a, std::size_t b) {
        return arms.rank(values->levels[a]) < arms.rank(values->levels[b]);
    });
    std::vector<int> groupOfLevel(values->levels.size(), -1);
    for (std::size_t level : ordered) {
        const std::string& v = values->levels[level];
        const Arm* arm = arms.arm(v);
        const int pos = static_cast<int>(g.names.size());
        groupOfLevel[level] = pos;
        g.names.push_back(arm && !arm->label.empty() ? arm->label : v);
        g.colours.push_back(colourOf(arm, pos));
    }
    g.sizes.assign(g.names.size(), 0);
    g.subjectGroup.resize(adsl.subjects, -1);
    for (std::size_t i = 0; i < adsl.subjects; ++i)
        if (member(i)) {
            g.subjectGroup[i] = groupOfLevel[static_cast<std::size_t>(values->codes[i])];
            ++g.sizes[static_cast<std::size_t>(g.subjectGroup[i])];
        }
    return g;
}

Grouping groupSubjects(const StudyData& study, const std::string& by, const std::string& population) {
    return groupSubjects(study.info, adslColumns(study, groupingInputs(by, population)), by, population);
}

std::string okabeIto(int index) {
    // Okabe & Ito (2008), ordered so the first two groups contrast strongly (blue vs vermillion).
    static constexpr std::array<const char*, 8> palette{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                        "#E69F00", "#56B4E9", "#F0E442", "#000000"};
    const int n = static_cast<int>(palette.size());
    return palette[static_cast<size_t>(((index % n) + n) % n)];
}

}  // namespace ts
