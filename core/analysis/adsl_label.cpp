#include "core/analysis/adsl_label.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>

namespace ts {

namespace {

struct Entry {
    const char* var;
    const char* label;
    const char* unit;     // "" = none
    const char* unitVar;  // ADSL variable holding the unit, "" = none
};

constexpr Entry kEntries[] = {
    {"AGE", "Age", "years", "AGEU"},
    {"AGEGR1", "Age group", "", ""},
    {"SEX", "Sex", "", ""},
    {"RACE", "Race", "", ""},
    {"RACEGR1", "Race group", "", ""},
    {"ETHNIC", "Ethnicity", "", ""},
    {"COUNTRY", "Country", "", ""},
    {"HEIGHTBL", "Height at baseline", "cm", ""},
    {"WEIGHTBL", "Weight at baseline", "kg", ""},
    {"BMIBL", "BMI at baseline", "kg/m²", ""},
    {"BMIBLGR1", "BMI group at baseline", "", ""},
    {"DURDIS", "Duration of disease", "months", ""},
    {"EDUCLVL", "Education", "years", ""},
    // The standard labels of ADaMIG's ADSL population flags and treatment variables (CDISC ADaM
    // Implementation Guide, ADSL section), for datasets without labels of their own (CSV).
    {"SAFFL", "Safety Population Flag", "", ""},
    {"ITTFL", "Intent-To-Treat Population Flag", "", ""},
    {"FASFL", "Full Analysis Set Population Flag", "", ""},
    {"PPROTFL", "Per-Protocol Population Flag", "", ""},
    {"COMPLFL", "Completers Population Flag", "", ""},
    {"RANDFL", "Randomized Population Flag", "", ""},
    {"ENRLFL", "Enrolled Population Flag", "", ""},
    {"TRT01P", "Planned Treatment for Period 01", "", ""},
    {"TRT01A", "Actual Treatment for Period 01", "", ""},
    {"ARM", "Description of Planned Arm", "", ""},
    {"ACTARM", "Description of Actual Arm", "", ""},
};

// The one non-empty value of `var` over the subjects, lower case; nothing when absent or mixed.
std::optional<std::string> commonValue(const StudyData& study, const std::string& var) {
    std::optional<std::string> common;
    for (const Subject& s : study.subjects) {
        const std::string* v = s.var(var);
        if (!v || v->empty()) continue;
        if (common && *common != *v) return std::nullopt;
        common = *v;
    }
    if (common)
        std::transform(common->begin(), common->end(), common->begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return common;
}

const Entry* dictionary(const std::string& var) {
    const auto* e =
        std::find_if(std::begin(kEntries), std::end(kEntries), [&](const Entry& x) { return var == x.var; });
    return e == std::end(kEntries) ? nullptr : e;
}

}  // namespace

std::string adslVariableLabel(const StudyInfo& info, const std::string& var) {
    if (auto it = info.labels.find({"ADSL", var}); it != info.labels.end()) return it->second;
    const Entry* e = dictionary(var);
    return e ? e->label : "";
}

std::string variableChoice(const StudyInfo& info, const std::string& var) {
    const std::string label = adslVariableLabel(info, var);
    return label.empty() || label == var ? var : label + " (" + var + ")";
}

std::string adslLabel(const StudyData& study, const std::string& var) {
    std::string label = adslVariableLabel(study.info, var);
    if (label.empty()) return var;
    const Entry* e = dictionary(var);
    if (!e || label.back() == ')') return label;
    std::string unit = e->unit;
    if (*e->unitVar && !study.subjects.empty() && study.subjects.front().var(e->unitVar))
        unit = commonValue(study, e->unitVar).value_or("");
    return unit.empty() ? label : label + " (" + unit + ")";
}

std::string groupingName(const StudyInfo& info, const std::string& var) {
    static constexpr std::pair<const char*, const char*> kTreatment[] = {{"TRT01A", "actual treatment"},
                                                                         {"TRT01P", "planned treatment"},
                                                                         {"ARM", "planned arm"},
                                                                         {"ACTARM", "actual arm"}};
    for (const auto& [name, label] : kTreatment)
        if (var == name) return label;
    std::string label = adslVariableLabel(info, var);
    if (label.empty()) return var;
    // Sentence case inside a title: a capitalised word loses its capital ("Pooled Age Group 1" ->
    // "pooled age group 1"); abbreviations and names with inner capitals keep theirs ("ECOG",
    // "Child-Pugh").
    const auto upper = [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t at = 0; at < label.size();) {
        const std::size_t end = std::min(label.find(' ', at), label.size());
        if (upper(label[at]) && std::none_of(label.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                                             label.begin() + static_cast<std::ptrdiff_t>(end), upper))
            label[at] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[at])));
        at = end + 1;
    }
    return label;
}

std::string populationName(const std::string& flag) {
    static constexpr std::pair<const char*, const char*> kFlags[] = {{"SAFFL", "safety population"},
                                                                     {"ITTFL", "intention-to-treat population"},
                                                                     {"FASFL", "full analysis set"},
                                                                     {"PPROTFL", "per-protocol population"},
                                                                     {"EFFFL", "efficacy population"}};
    for (const auto& [name, label] : kFlags)
        if (flag == name) return label;
    return flag + " = Y";
}

}  // namespace ts
