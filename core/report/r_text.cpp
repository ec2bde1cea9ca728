#include "core/report/r_text.h"

#include "core/options/args.h"

namespace ts {

std::string rString(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string rVector(const std::vector<std::string>& items) {
    std::string out = "c(";
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + rString(items[i]);
    return out + ")";
}

std::string rNumbers(const std::vector<double>& values) {
    std::string out = "c(";
    for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + optionNumber(values[i]);
    return out + ")";
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csvNumber(const std::optional<double>& value) { return value ? optionNumber(*value) : std::string(); }

}  // namespace ts
