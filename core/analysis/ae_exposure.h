#pragma once
// Time at risk for exposure-adjusted AE incidence rates (tern's AET05), in days, per subject:
// from treatment start to the first onset of the event (ASTDT - TRTSDT + 1; an onset before the
// first dose counts as day 1) for a subject with the event, else the treatment duration (ADSL TRTDURD, else TRTEDT - TRTSDT + 1). nullopt: the subject
// has no exposure to count (no TRTSDT, no duration, or a duration below one day), and is left out.
#include <optional>
#include <string>

#include "core/model/records.h"

namespace ts {

// Days on treatment: TRTDURD, else TRTEDT - TRTSDT + 1.
std::optional<double> treatmentDays(const Subject& s);

// Days at risk of a subject whose first onset of the event is `onset` ("YYYY-MM-DD"; "" = no event
// or no date, then the treatment duration).
std::optional<double> daysAtRisk(const Subject& s, const std::string& onset);

}  // namespace ts
