#pragma once
// adslLabel: the row label of an ADSL variable in a baseline table, e.g. "Age (years)" for AGE.
// The store keeps no dataset variable labels (the XPT and CSV readers pass names and values only),
// so the label comes from a small dictionary of common CDISC ADSL variables, with the unit taken
// from the study's unit variable (AGEU) when every subject agrees on one, else the usual unit of
// the variable; a variable outside the dictionary keeps its name.
#include <string>

#include "core/model/study_data.h"

namespace ts {

std::string adslLabel(const StudyData& study, const std::string& var);

}  // namespace ts
