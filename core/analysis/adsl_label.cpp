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

}  // namespace

std::string adslLabel(const StudyData& study, const std::string& var) {
    const auto* e =
        std::find_if(std::begin(kEntries), std::end(kEntries), [&](const Entry& x) { return var == x.var; });
    if (e == std::end(kEntries)) return var;
    std::string unit = e->unit;
    if (*e->unitVar && !study.subjects.empty() && study.subjects.front().var(e->unitVar))
        unit = commonValue(study, e->unitVar).value_or("");
    return unit.empty() ? e->label : std::string(e->label) + " (" + unit + ")";
}

}  // namespace ts

namespace ts {

std::string groupingName(const std::string& var) {
    static constexpr std::pair<const char*, const char*> kTreatment[] = {{"TRT01A", "actual treatment"},
                                                                         {"TRT01P", "planned treatment"},
                                                                         {"ARM", "planned arm"},
                                                                         {"ACTARM", "actual arm"}};
    for (const auto& [name, label] : kTreatment)
        if (var == name) return label;
    const auto* e =
        std::find_if(std::begin(kEntries), std::end(kEntries), [&](const Entry& x) { return var == x.var; });
    if (e == std::end(kEntries)) return var;
    std::string label = e->label;
    label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
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
