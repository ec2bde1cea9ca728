#include "core/analysis/study_day.h"

#include <charconv>

namespace ts {

namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// Days from 1970-01-01 to the civil date (proleptic Gregorian), by counting 400-year eras of
// 146097 days from 0000-03-01 so that the leap day is the last day of each counted year.
long civilDays(long y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

}  // namespace

std::optional<long> dayNumber(std::string_view date) {
    if (date.size() < 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
    const auto y = digits(date.substr(0, 4));
    const auto m = digits(date.substr(5, 2));
    const auto d = digits(date.substr(8, 2));
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
    if (*d > kDays[*m - 1] + (*m == 2 && leap)) return std::nullopt;
    return civilDays(*y, *m, *d);
}

std::optional<long> studyDay(std::string_view date, std::string_view reference) {
    const auto a = dayNumber(date), b = dayNumber(reference);
    if (!a || !b) return std::nullopt;
    return *a - *b + (*a >= *b ? 1 : 0);
}

}  // namespace ts
