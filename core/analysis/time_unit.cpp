#include "core/analysis/time_unit.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/analysis/option_tables.h"

namespace ts {

std::optional<TimeUnit> parseTimeUnit(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!lower.empty() && lower.back() != 's') lower += 's';
    return timeUnits().parse(lower);
}

double daysPer(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Days: return 1.0;
    case TimeUnit::Weeks: return 7.0;
    case TimeUnit::Months: return 365.25 / 12.0;
    case TimeUnit::Years: return 365.25;
    }
    return 1.0;
}

double unitFactor(TimeUnit from, TimeUnit to) { return daysPer(from) / daysPer(to); }

TimeUnit unitOfText(std::string_view timeUnit) { return parseTimeUnit(timeUnit).value_or(TimeUnit::Days); }

}  // namespace ts
