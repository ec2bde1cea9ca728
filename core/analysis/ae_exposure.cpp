#include "core/analysis/ae_exposure.h"

#include <charconv>

#include "core/analysis/study_day.h"

namespace ts {

namespace {

std::string text(const Subject& s, const char* name) {
    const std::string* v = s.var(name);
    return v ? *v : std::string();
}

std::optional<double> number(const std::string& t) {
    double x = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), x);
    return ec == std::errc() && end == t.data() + t.size() && !t.empty() ? std::optional<double>(x) : std::nullopt;
}

}  // namespace

std::optional<double> treatmentDays(const Subject& s) {
    std::optional<double> days = number(text(s, "TRTDURD"));
    if (!days) {
        if (auto d = studyDay(text(s, "TRTEDT"), text(s, "TRTSDT"))) days = static_cast<double>(*d);
    }
    if (days && *days >= 1) return days;
    return std::nullopt;
}

std::optional<double> daysAtRisk(const Subject& s, const std::string& onset) {
    // An onset dated before the first dose (a treatment-emergent worsening) counts from day 1.
    if (!onset.empty())
        if (auto d = studyDay(onset, text(s, "TRTSDT"))) return *d >= 1 ? static_cast<double>(*d) : 1.0;
    return treatmentDays(s);
}

}  // namespace ts
