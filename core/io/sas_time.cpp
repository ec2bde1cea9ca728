#include "core/io/sas_time.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace ts {

namespace {

// Civil date from days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
std::array<int, 3> civil(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2)), m, d};
}

constexpr long long sasEpochOffset = 3653;  // days from 1960-01-01 to 1970-01-01

std::string dateText(long long sasDays) {
    auto [y, m, d] = civil(sasDays - sasEpochOffset);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

std::string clockText(long long seconds) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return buf;
}

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

}  // namespace

SasTimeKind sasTimeKind(std::string_view format) {
    // Strip width and decimals: "DATETIME20." -> "DATETIME", "E8601DA10." -> "E8601DA".
    std::size_t end = format.size();
    while (end > 0 && (format[end - 1] == '.' || (format[end - 1] >= '0' && format[end - 1] <= '9'))) --end;
    std::string_view name = format.substr(0, end);
    for (std::string_view dt : {"DATETIME", "E8601DT", "IS8601DT", "B8601DT", "DATEAMPM", "E8601DN"})
        if (name == dt) return SasTimeKind::Datetime;
    for (std::string_view d :
         {"DATE", "YYMMDD", "YYMMDDN", "YYMMDDD", "YYMMDDS", "E8601DA", "IS8601DA", "B8601DA", "MMDDYY", "DDMMYY",
          "WORDDATE", "WORDDATX", "MONYY", "YYMON", "WEEKDATE", "NLDATE", "DAY", "YEAR", "YYQ"})
        if (name == d) return SasTimeKind::Date;
    for (std::string_view t : {"TIME", "E8601TM", "IS8601TM", "B8601TM", "TOD", "HHMM", "HOUR"})
        if (name == t) return SasTimeKind::Time;
    return SasTimeKind::None;
}

bool sasTimeInRange(SasTimeKind kind, double value) {
    // SAS dates run from 1582-10-15 (day -138061) to 20000-12-31 (day 6589335); seconds are 86400 per
    // day. Outside that the conversion to whole units below would overflow.
    // A time (TIME8., ...) is a time of day: 0 to 86399 seconds, never negative ("00:00:-5").
    if (kind == SasTimeKind::Time) return std::isfinite(value) && value >= 0 && value < 86400.0;
    const double days = kind == SasTimeKind::Date ? value : value / 86400.0;
    return std::isfinite(value) && days >= -138062.0 && days <= 6589336.0;
}

std::string formatSasTime(SasTimeKind kind, double value) {
    // Whole units: fractional seconds are below every ADaM date-time's resolution.
    const long long v = static_cast<long long>(std::floor(value));
    switch (kind) {
    case SasTimeKind::Date: return dateText(v);
    case SasTimeKind::Datetime: {
        long long days = v >= 0 ? v / 86400 : -((-v + 86399) / 86400);
        return dateText(days) + "T" + clockText(v - days * 86400);
    }
    case SasTimeKind::Time: return clockText(v);
    case SasTimeKind::None: break;
    }
    return {};
}

std::string canonicalDateTime(std::string_view s) {
    // YYYY-MM-DD?HH:MM or YYYY-MM-DD?HH:MM:SS with ? = ' ' or 'T'
    if (!(s.size() == 16 || s.size() == 19) || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
        !digits(s, 8, 2) || (s[10] != ' ' && s[10] != 'T') || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2) ||
        (s.size() == 19 && (s[16] != ':' || !digits(s, 17, 2))))
        return std::string(s);
    std::string clock = std::string(s.substr(11, 5)) + (s.size() == 19 ? std::string(s.substr(16)) : ":00");
    if (clock == "00:00:00") return std::string(s.substr(0, 10));
    return std::string(s.substr(0, 10)) + "T" + clock;
}

}  // namespace ts
