#include "core/analysis/adsl_variables.h"

#include <map>
#include <set>

namespace ts {

namespace {

bool isFlagName(const std::string& name) { return name.size() > 2 && name.compare(name.size() - 2, 2, "FL") == 0; }

}  // namespace

bool isIdentifierVariable(const std::string& name) {
    static const std::set<std::string> ids{"STUDYID", "USUBJID", "SUBJID", "SITEID"};
    return ids.count(name) > 0;
}

bool isTreatmentVariable(const std::string& name) {
    static const std::set<std::string> treatment{"TRT01A", "TRT01P", "ARM", "ACTARM", "ARMCD", "ACTARMCD"};
    return treatment.count(name) > 0;
}

std::vector<std::string> groupingVariables(const StudyData& study, std::size_t maxLevels, bool withTreatment) {
    // Levels are counted up to maxLevels + 1: a variable past that is dropped without further scanning.
    std::map<std::string, std::set<std::string>> levels;
    for (const Subject& s : study.subjects)
        for (const auto& [name, value] : s.vars) {
            if (isIdentifierVariable(name) || isFlagName(name) || (!withTreatment && isTreatmentVariable(name)))
                continue;
            std::set<std::string>& seen = levels[name];
            if (seen.size() <= maxLevels && !value.empty()) seen.insert(value);
        }
    std::vector<std::string> out;
    for (const auto& [name, values] : levels)
        if (values.size() >= 2 && values.size() <= maxLevels) out.push_back(name);
    return out;
}

std::vector<std::string> populationFlags(const StudyData& study) {
    if (!study.info.populationFlags.empty() || study.subjects.empty()) return study.info.populationFlags;
    std::set<std::string> names;
    for (const auto& [name, value] : study.subjects.front().vars)
        if (isFlagName(name)) names.insert(name);
    for (const Subject& s : study.subjects)
        for (auto it = names.begin(); it != names.end();) {
            const std::string* v = s.var(*it);
            it = (v && !v->empty() && *v != "Y" && *v != "N") ? names.erase(it) : std::next(it);
        }
    return {names.begin(), names.end()};
}

}  // namespace ts
