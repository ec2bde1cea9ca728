#pragma once
// How the views name an ADSL variable. A study keeps its variables' labels (StudyInfo::labels: from
// define.xml or the dataset files, see core/io/define_xml.h); where it has none for a variable (a CSV
// import, a store written before labels were kept) a small dictionary of common CDISC ADSL variables
// names it; a variable outside both keeps its name.
#include <string>

#include "core/model/study_data.h"

namespace ts {

// The variable's label: the study's, else the dictionary's, else "" (variableTitle gives the name).
std::string adslVariableLabel(const StudyInfo& info, const std::string& var);

// What a selector shows for a variable: "Sex (SEX)", "Pooled Age Group 1 (AGEGR1)"; the bare
// name when it has no label.
std::string variableChoice(const StudyInfo& info, const std::string& var);

// The row label of an ADSL variable in a baseline table, e.g. "Age (years)" for AGE: its label,
// with the unit the dictionary knows for it unless the label already ends in a parenthesis
// ("Baseline Height (cm)"): the study's unit variable's (AGEU) when every subject agrees on one,
// else the usual unit.
std::string adslLabel(const StudyData& study, const std::string& var);

// How a title names a grouping variable, in lower case for "... by <name>": "actual treatment"
// (TRT01A), "planned treatment" (TRT01P), "planned arm" (ARM), "actual arm" (ACTARM), else its
// label in sentence case, abbreviations kept ("sex", "pooled age group 1", "BMI group at
// baseline"), else the variable's name.
std::string groupingName(const StudyInfo& info, const std::string& var);

// How a title names an analysis population flag: "safety population" (SAFFL), "intention-to-treat
// population" (ITTFL), "full analysis set" (FASFL), "per-protocol population" (PPROTFL), "efficacy
// population" (EFFFL), else "<FLAG> = Y" (e.g. the matched cohort PSMFL = Y).
std::string populationName(const std::string& flag);

}  // namespace ts
