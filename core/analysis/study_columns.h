#pragma once
// Typed columns (core/model/columns.h) made from a loaded study, for the analyses that run on
// columns: the same input the store hands out without loading the study, so a view with the whole
// study in memory and a command reading the store run one analysis.
#include <optional>
#include <string>
#include <vector>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

// The ADSL variable `name`; nullopt when no subject has it (an empty value still counts as having it).
std::optional<CodedColumn> codedColumn(const StudyData& study, const std::string& name);
// The variables of `names` the study has.
AdslColumns adslColumns(const StudyData& study, const std::vector<std::string>& names);
// The records of ADTTE parameter `paramcd` (none when the study lacks it), subjects by ADSL position.
TteColumns tteColumns(const StudyData& study, const std::string& paramcd);
// The survival slice of `endpoint` with the ADSL variables `variables` (tte absent when the study has
// no such endpoint).
SurvivalSlice survivalSlice(const StudyData& study, const std::string& endpoint,
                            const std::vector<std::string>& variables);

}  // namespace ts
