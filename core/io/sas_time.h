#pragma once
// SAS date, datetime and time values as ISO 8601 text. SAS counts days (dates) or seconds
// (datetimes) from 1960-01-01 and seconds from midnight (times).
#include <string>
#include <string_view>

namespace ts {

enum class SasTimeKind { None, Date, Datetime, Time };

// Classifies a SAS display format by its name ("DATE9.", "YYMMDD10.", "E8601DT19.", "TIME8." ...).
SasTimeKind sasTimeKind(std::string_view format);

// True when `value` is a finite date (days) or date-time (seconds) within SAS's calendar, the years
// 1582 to 20000, or a time of day of 0 to 86399 seconds: formatSasTime's precondition.
bool sasTimeInRange(SasTimeKind kind, double value);

// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS" (fractional seconds dropped), "HH:MM:SS".
// Precondition: sasTimeInRange(kind, value).
std::string formatSasTime(SasTimeKind kind, double value);

// Canonical text of a date-time as exporters write it: "YYYY-MM-DD HH:MM[:SS]" or the same with 'T'
// becomes "YYYY-MM-DDTHH:MM:SS", and a time of exactly 00:00:00 is dropped (R and many exporters
// print a midnight datetime as the date alone). Other text is returned unchanged. Applied to ADSL text
// so CSV and XPT copies of a dataset give identical variables.
std::string canonicalDateTime(std::string_view text);

}  // namespace ts
