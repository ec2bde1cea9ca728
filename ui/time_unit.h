#pragma once
// Time units of the survival view: a study's ADTTE AVAL is in its StudyInfo::timeUnit; the view
// may show days, weeks, months or years. Conversions use the Julian year (365.25 days) and
// month = year / 12 (30.4375 days), the convention of clinical reports.
#include <optional>
#include <string_view>

namespace ts {

enum class TimeUnit { Days, Weeks, Months, Years };

std::string_view timeUnitName(TimeUnit unit);                    // "days", "weeks", "months", "years"
std::optional<TimeUnit> parseTimeUnit(std::string_view text);    // accepts the names above, any case, singular too
double daysPer(TimeUnit unit);
// Multiply a time in `from` by this to express it in `to`.
double unitFactor(TimeUnit from, TimeUnit to);

}  // namespace ts
