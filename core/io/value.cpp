#include "core/io/value.h"

#include <charconv>
#include <cmath>

namespace ts {

std::optional<double> parseNumber(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    double x = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    // from_chars accepts "inf" and "nan": neither is a measurement, so both are rejected.
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(x)) return std::nullopt;
    return x;
}

std::string formatNumber(double x) {
    if (x == 0) return "0";  // also folds -0 into "0"
    char buf[32];
    // to_chars without precision gives the shortest text that reads back to the same double, so
    // there are never trailing zeros and CSV "63" and XPT 63.0 print alike.
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::string valueText(const Value& v) {
    switch (v.kind) {
    case Value::Kind::Text: return std::string(v.text);
    case Value::Kind::Number: return formatNumber(v.number);
    case Value::Kind::Missing: break;
    }
    return {};
}

}  // namespace ts
