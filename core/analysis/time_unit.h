#pragma once
// Time units of the survival view: a study's ADTTE AVAL is in its StudyInfo::timeUnit; the view
// may show days, weeks, months or years. Conversions use the Julian year (365.25 days) and
// month = year / 12 (30.4375 days), the convention of clinical reports.
#include <optional>
#include <string_view>

namespace ts {

enum class TimeUnit { Days, Weeks, Months, Years };

// A unit as data and study.json write it: the names of timeUnits() (option_tables.h) in any case,
// singular too ("Day", "WEEKS").
std::optional<TimeUnit> parseTimeUnit(std::string_view text);
double daysPer(TimeUnit unit);
// Multiply a time in `from` by this to express it in `to`.
double unitFactor(TimeUnit from, TimeUnit to);
// The unit of a study's AVAL: its StudyInfo::timeUnit, days when that is empty or unknown.
TimeUnit unitOfText(std::string_view timeUnit);

}  // namespace ts
