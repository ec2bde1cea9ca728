#pragma once
// ADaM study days from dates: day 1 is the reference date (TRTSDT), the day before it is -1; there
// is no day 0 (ADaMIG: ADY = ADT - TRTSDT + 1 on or after the reference date, ADT - TRTSDT before).
#include <optional>
#include <string_view>

namespace ts {

// Days since 1970-01-01 of a "YYYY-MM-DD" date (the first ten characters of a date-time also
// serve); nullopt when the text is not a valid calendar date.
std::optional<long> dayNumber(std::string_view date);

// The study day of `date` relative to `reference`; nullopt when either is not a date.
std::optional<long> studyDay(std::string_view date, std::string_view reference);

}  // namespace ts
