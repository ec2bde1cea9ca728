#pragma once
// Time to a liver event, derived from ADLB on the fly: per subject, the study day of the first
// post-baseline record (post_baseline.h) of a parameter with AVAL >= k x ULN (ANRHI, else A1HI) is an
// event; a subject without one is censored at the study day of their last post-baseline record of the
// parameter that has a ULN. Subjects without such a record are left out. Times are study days.
#include <string>

#include "core/model/study_data.h"

namespace ts {

struct LiverEvent {
    std::string param;    // PARAMCD, e.g. ALT
    double multiple = 3;  // k: the event is AVAL >= k x ULN
};

// The endpoint code of the derived records: "<PARAM>_GE<k>ULN", e.g. "ALT_GE3ULN".
std::string liverEventCode(const LiverEvent& event);

// A study holding `study`'s info (time unit days) and subjects and, as ADTTE, only the derived
// records of `event` (endpoint liverEventCode(event), its label saying what it is). Throws
// AnalysisError when the parameter has no post-baseline record with a ULN, or k is not positive.
StudyData liverEventStudy(const StudyData& study, const LiverEvent& event);

}  // namespace ts
