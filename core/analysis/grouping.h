#pragma once
// Assigns subjects of a study to analysis groups: the service-layer rule shared by every view.
// --by defaults to TRT01A, then ARM (then TRT01P, ACTARM); groups are ordered by the study's arm
// order (matching Arm::code or Arm::label), else alphabetically. A population flag keeps subjects
// whose flag variable equals "Y".
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

// The most groups an analysis compares: beyond that a figure is unreadable and the Cox model's
// information matrix (one column per group) grows with its square.
inline constexpr std::size_t kMaxGroups = 100;

struct Grouping {
    std::string by;                    // the variable actually used
    std::vector<std::string> names;    // group names in display order (arm labels where known)
    std::vector<std::string> colours;  // "#RRGGBB" per group (study colour, else Okabe–Ito by position)
    // Per position in study.subjects: index in names, or -1 for a subject outside the population or
    // without a value. A vector, not a map keyed by USUBJID: with 10^6 subjects building and freeing
    // a node per subject cost half a second (cache misses), this costs one sequential pass.
    std::vector<int> subjectGroup;
    std::vector<int> sizes;  // subjects per group (0 for arms of a study without subjects)
};

// The ADSL variables groupSubjects reads: `by` (or, when empty, the default candidates TRT01A,
// ARM, TRT01P, ACTARM) and `population` when given.
std::vector<std::string> groupingInputs(const std::string& by, const std::string& population);

// Throws AnalysisError when `by` or `population` is not an ADSL variable of the study, when `by` is
// a subject identifier (USUBJID, SUBJID), or when it gives more than kMaxGroups groups. A study
// without subjects (aggregate data only) is grouped by its arms (by = "ARM", no subjects).
// `adsl` holds (at least) the columns groupingInputs(by, population) names that the study has.
Grouping groupSubjects(const StudyInfo& info, const AdslColumns& adsl, const std::string& by,
                       const std::string& population);
Grouping groupSubjects(const StudyData& study, const std::string& by, const std::string& population);

// One group per study arm, in arm order (for published aggregate data): by = "ARM", no subjects.
Grouping groupArms(const StudyInfo& info);

// The study arm shown as group `name` (matched by label, then code); nullptr when none.
const Arm* armOfGroup(const StudyInfo& info, const std::string& name);

// Index of `name` in grouping.names, also accepting an arm code for a group shown by its label.
std::optional<int> findGroup(const StudyInfo& info, const Grouping& grouping, const std::string& name);

// Okabe–Ito colour-blind-safe palette, by position (wraps).
std::string okabeIto(int index);

}  // namespace ts
