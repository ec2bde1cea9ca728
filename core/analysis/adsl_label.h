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

// How a title names a grouping variable, in lower case for "... by <name>": "actual treatment"
// (TRT01A), "planned treatment" (TRT01P), "planned arm" (ARM), "actual arm" (ACTARM), the dictionary
// label for the others it knows ("sex", "age group"), else the variable's name.
std::string groupingName(const std::string& var);

// How a title names an analysis population flag: "safety population" (SAFFL), "intention-to-treat
// population" (ITTFL), "full analysis set" (FASFL), "per-protocol population" (PPROTFL), "efficacy
// population" (EFFFL), else "<FLAG> = Y" (e.g. the matched cohort PSMFL = Y).
std::string populationName(const std::string& flag);

}  // namespace ts
