#include "core/analysis/adsl_variables.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "core/analysis/survival_analysis.h"

namespace ts {

namespace {

bool endsWith(const std::string& name, std::string_view tail) {
    return name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
}

bool isFlagName(const std::string& name) { return endsWith(name, "FL"); }

// ADaM's suffixes of a date (DT), date-time (DTM), ISO 8601 text (DTC), time (TM) or study day (DY).
bool isTimingName(const std::string& name) {
    return endsWith(name, "DT") || endsWith(name, "DTC") || endsWith(name, "DTM") || endsWith(name, "TM") ||
           endsWith(name, "DY");
}

}  // namespace

bool isIdentifierVariable(const std::string& name) {
    static const std::set<std::string> ids{"STUDYID", "USUBJID", "SUBJID", "SITEID"};
    return ids.count(name) > 0;
}

bool isTreatmentVariable(const std::string& name) {
    static const std::set<std::string> treatment{"TRT01A", "TRT01P", "ARM", "ACTARM", "ARMCD", "ACTARMCD"};
    return treatment.count(name) > 0;
}

std::vector<std::string> groupingVariables(const AdslLevels& levels, std::size_t maxLevels, bool withTreatment) {
    std::vector<std::string> out;
    for (const auto& [name, values] : levels)
        if (!isIdentifierVariable(name) && !isFlagName(name) && !isTimingName(name) &&
            (withTreatment || !isTreatmentVariable(name)) && values.size() >= 2 && values.size() <= maxLevels)
            out.push_back(name);
    return out;
}

std::vector<std::string> populationFlags(const StudyInfo& info, const AdslLevels& levels) {
    if (!info.populationFlags.empty()) return info.populationFlags;
    std::vector<std::string> out;
    for (const auto& [name, values] : levels)
        if (isFlagName(name) &&
            std::all_of(values.begin(), values.end(), [](const std::string& v) { return v == "Y" || v == "N"; }))
            out.push_back(name);
    return out;
}

StudyOverview overviewOf(const StudyData& study) {
    StudyOverview o;
    o.info = study.info;
    o.subjects = study.subjects.size();
    o.endpoints = survivalEndpoints(study);
    std::map<std::string, std::set<std::string>> seen;
    for (const Subject& s : study.subjects)
        for (const auto& [name, value] : s.vars) {
            std::vector<std::string>& levels = o.adslLevels[name];
            if (!value.empty() && levels.size() < kOverviewLevels && seen[name].insert(value).second)
                levels.push_back(value);
        }
    return o;
}

std::vector<std::string> groupingVariables(const StudyData& study, std::size_t maxLevels, bool withTreatment) {
    return groupingVariables(overviewOf(study).adslLevels, maxLevels, withTreatment);
}

std::vector<std::string> populationFlags(const StudyData& study) {
    return populationFlags(study.info, overviewOf(study).adslLevels);
}

}  // namespace ts
