#include "core/io/date_check.h"

namespace ts {

namespace {

bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The number in s[at, at+n) when all n characters are digits, else -1.
int digitsAt(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool validDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1) return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] + (m == 2 && leap);
}

bool validClock(std::string_view s) {
    const int h = digitsAt(s, 0, 2), m = digitsAt(s, 3, 2), sec = digitsAt(s, 6, 2);
    return s.size() == 8 && s[2] == ':' && s[5] == ':' && h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60;
}

}  // namespace

std::string dateProblem(std::string_view name, std::string_view canonical, std::string_view asWritten) {
    if (canonical.empty() || !(endsWith(name, "DT") || endsWith(name, "DTM"))) return {};
    const bool ok = validDate(canonical.substr(0, 10)) &&
                    (canonical.size() == 10 ||
                     (canonical.size() == 19 && canonical[10] == 'T' && validClock(canonical.substr(11))));
    if (ok) return {};
    return std::string(name) + ": '" + std::string(asWritten) + "' is not a date (YYYY-MM-DD[THH:MM:SS])";
}

}  // namespace ts
