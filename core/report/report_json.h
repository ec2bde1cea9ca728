#pragma once
// The JSON documents of trialscope-cli (DESIGN.md, "Command line contract"): one function per
// command output. Missing quantities are null, with a "note" saying why where the report has one.
#include <string>
#include <vector>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/competing_risks.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/subject_profile.h"
#include "core/analysis/survival_analysis.h"
#include "core/io/study_importer.h"
#include "core/store/store.h"

namespace ts {

std::string survivalJson(const SurvivalReport& r);
std::string cumincJson(const CompetingReport& r);  // core/report/cuminc_json.cpp
std::string labJson(const LabReport& r);
std::string aeJson(const AeReport& r);
std::string liverJson(const LiverReport& r);
std::string shiftJson(const ShiftReport& r);
std::string profileJson(const SubjectProfile& p);
std::string studiesJson(const std::vector<StudySummary>& studies);
std::string importJson(const std::vector<ImportSummary>& imported);

}  // namespace ts
