#pragma once
// Which ADSL variables a view offers: the one rule behind every "By" list (survival grouping,
// subgroups of the comparison forest) and every population list.
//
// Grouping variables are ADSL variables that are not identifiers (STUDYID, USUBJID, SUBJID,
// SITEID), not population flags (*FL), not dates, times or study days by the ADaM naming
// conventions (*DT, *DTC, *DTM, *TM, *DY: a study with three deaths offered "Date of Death" as a
// grouping), and have 2 to maxLevels distinct non-empty values over the
// study's subjects; treatment variables (TRT01A, TRT01P, ARM, ACTARM and their codes) are included
// unless `withTreatment` is false (a subgroup of a treatment contrast cannot be the treatment).
// Population flags are the study's declared flags (StudyInfo::populationFlags), else every *FL
// variable whose values are only Y, N or empty. Both lists are sorted by name. Each rule reads only
// the variables' distinct values, so the store's packed columns answer it without loading a study.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

inline constexpr std::size_t kMaxGroupLevels = 12;  // more groups than a KM figure can show

bool isIdentifierVariable(const std::string& name);
bool isTreatmentVariable(const std::string& name);

// From each variable's distinct non-empty values (StudyOverview::adslLevels, or a loaded study's).
using AdslLevels = std::map<std::string, std::vector<std::string>>;
std::vector<std::string> groupingVariables(const AdslLevels& levels, std::size_t maxLevels = kMaxGroupLevels,
                                           bool withTreatment = true);
std::vector<std::string> populationFlags(const StudyInfo& info, const AdslLevels& levels);

std::vector<std::string> groupingVariables(const StudyData& study, std::size_t maxLevels = kMaxGroupLevels,
                                           bool withTreatment = true);
std::vector<std::string> populationFlags(const StudyData& study);
// The overview of a loaded study (what the store gives as Store::overview).
StudyOverview overviewOf(const StudyData& study);

}  // namespace ts
