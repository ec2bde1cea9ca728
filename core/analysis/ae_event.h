#pragma once
// Time to the first adverse event, derived from ADAE on the fly (issue 15): per ADSL subject with
// treatment exposure (ae_exposure.h), the study day of the first onset, ASTDT - TRTSDT + 1 (an
// onset before the first dose is day 1), of a counted event (TRTEMFL = Y where the data flag it)
// that matches (any event, one SOC or one preferred term) is an event when it falls within the
// treatment period; every other subject is censored at the end of treatment (TRTDURD, else TRTEDT -
// TRTSDT + 1). Subjects without exposure, or with a matching event that has no ASTDT (the first
// onset is then unknown), are left out.
// Times are study days.
#include <string>

#include "core/model/study_data.h"

namespace ts {

struct AeEvent {
    std::string soc;   // AEBODSYS to match; "" = any
    std::string term;  // AEDECOD to match; "" = any
};

// The endpoint code of the derived records: "FIRST_AE".
std::string aeEventCode();

// A study holding `study`'s info (time unit days) and subjects and, as ADTTE, only the derived
// records of `event` (endpoint aeEventCode(), its label naming the event). Throws AnalysisError when
// the study has no adverse events or no subject with treatment exposure.
StudyData aeEventStudy(const StudyData& study, const AeEvent& event);

}  // namespace ts
