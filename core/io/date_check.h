#pragma once
// ADaM date variables in ADSL, recognised by name: *DT holds a date, *DTM a date-time. Checked on the
// canonical text (canonicalDateTime): "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" with a real calendar date
// and clock time (a date variable with a SAS datetime format arrives as the latter). *DTC (ISO 8601
// character, possibly partial) and other variables are not checked.
#include <string>
#include <string_view>

namespace ts {

// "" when `canonical` (the canonicalDateTime of the value) is acceptable for variable `name`, else the
// message quoting the value as written ("TRTSDT: '2014-13-45' is not a date (YYYY-MM-DD[THH:MM:SS])").
std::string dateProblem(std::string_view name, std::string_view canonical, std::string_view asWritten);

}  // namespace ts
