#pragma once
// One subject on one time axis (study days), for the patient profile view and
// `trialscope-cli profile`: the liver tests as values and multiples of ULN, the adverse events with
// their days, severity and seriousness, the treatment period and the time-to-event outcomes.
// Study days are ADY / ASTDY / AENDY where delivered, else computed from the dates and TRTSDT
// (study_day.h).
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/liver_analysis.h"
#include "core/model/study_data.h"

namespace ts {

struct ProfileLab {
    std::string paramcd, param, unit, visit;
    std::optional<double> day;  // study day
    double value = 0;
    std::optional<double> uln, xUln;  // ANRHI (A1HI) and value / ULN
    bool baseline = false;            // ABLFL = "Y"
};

struct ProfileAe {
    std::string term, soc, severity, related, action, outcome;
    std::optional<int> grade;
    std::optional<bool> serious, death;
    std::optional<double> startDay, endDay;
};

struct ProfileOutcome {
    std::string paramcd, param;
    double time = 0;  // in the study's time unit
    bool event = false;
};

struct SubjectProfile {
    std::string study, usubjid, group, timeUnit;
    std::vector<std::pair<std::string, std::string>> adsl;  // every ADSL variable, by name
    std::string trtsdt, trtedt;                             // "YYYY-MM-DD"; "" when absent
    std::optional<double> treatmentEndDay;                  // TRTEDT's study day, else TRTDURD
    LiverParams liver;                                      // the codes of the four liver tests
    std::vector<ProfileLab> labs;  // the liver tests' non-derived records, by parameter then day
    std::vector<ProfileAe> aes;    // by start day
    std::vector<ProfileOutcome> outcomes;
    // The least original of the records drawn (labs, adverse events, outcomes): Original <
    // Reconstructed < PublishedAggregate < Illustrative.
    Provenance provenance = Provenance::Original;
};

// Throws AnalysisError when the study has no subject `usubjid`.
SubjectProfile subjectProfile(const StudyData& study, const std::string& usubjid, const LiverParams& params = {});

// The study's subjects' USUBJIDs, in ADSL order (for a search box).
std::vector<std::string> subjectIds(const StudyData& study);

}  // namespace ts
