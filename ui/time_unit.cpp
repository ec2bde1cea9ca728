#include "ui/time_unit.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace ts {

namespace {
constexpr std::array<std::string_view, 4> kNames = {"days", "weeks", "months", "years"};
}

std::string_view timeUnitName(TimeUnit unit) { return kNames[static_cast<size_t>(unit)]; }

std::optional<TimeUnit> parseTimeUnit(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (!lower.empty() && lower.back() != 's') lower += 's';
    for (size_t i = 0; i < kNames.size(); ++i)
        if (lower == kNames[i]) return static_cast<TimeUnit>(i);
    return std::nullopt;
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

}  // namespace ts
