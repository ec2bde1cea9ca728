#pragma once
// Assigns subjects of a study to analysis groups: the service-layer rule shared by every view.
// --by defaults to TRT01A, then ARM (then TRT01P, ACTARM); groups are ordered by the study's arm
// order (matching Arm::code or Arm::label), else alphabetically. A population flag keeps subjects
// whose flag variable equals "Y".
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/study_data.h"

namespace ts {

struct Grouping {
    std::string by;                          // the variable actually used
    std::vector<std::string> names;          // group names in display order (arm labels where known)
    std::vector<std::string> colours;        // "#RRGGBB" per group (study colour, else Okabe–Ito by position)
    std::map<std::string, int> subjectGroup; // USUBJID -> index in names (only subjects in the population)
};

// Throws AnalysisError when `by` or `population` is not an ADSL variable of the study.
Grouping groupSubjects(const StudyData& study, const std::string& by, const std::string& population);

// Okabe–Ito colour-blind-safe palette, by position (wraps).
std::string okabeIto(int index);

}  // namespace ts
