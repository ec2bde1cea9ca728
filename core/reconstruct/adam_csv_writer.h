#pragma once
// Writes the subject-level part of a StudyData (ADSL, ADTTE, ADLB, ADAE) as the ADaM CSV files of a
// study folder (docs/study-folder.md), for the sample-trial generator. Empty domains are not
// written. Numbers use the shortest round-trip form, so regenerating gives identical bytes.
// ADSL columns: STUDYID, USUBJID, then the other variables in alphabetical order.
#include <filesystem>

#include "core/model/study_data.h"

namespace ts {

void writeAdamCsv(const StudyData& study, const std::filesystem::path& folder);

}  // namespace ts
