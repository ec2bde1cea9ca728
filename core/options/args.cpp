#include "core/options/args.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace ts {

namespace {

const std::set<std::string> kFlags{"--help",
                                   "--help-options",
                                   "--version",
                                   "--change",
                                   "--percent-change",
                                   "--grade",
                                   "--related",
                                   "--serious",
                                   "--overview",
                                   "--highest",
                                   "--rates",
                                   "--nested",
                                   "--ph-test",
                                   "--rmst-shade",
                                   "--stack-competing",
                                   "--force",
                                   "--no-ci",
                                   "--no-median-lines",
                                   "--no-risk-table",
                                   "--no-censor-marks",
                                   "--cumulative-incidence",
                                   "--patient-lines",
                                   "--no-reference-range",
                                   "--no-significance",
                                   "--all-visits",
                                   "--pool",
                                   "--dot-plot",
                                   "--volcano"};
const std::set<std::string> kGlobal{"--db", "--help", "--help-options", "--version"};

}  // namespace

std::optional<double> parseNumber(const std::string& text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::string optionNumber(double v) {
    char buf[32];  // any double's shortest form fits (at most 24 characters)
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

Args::Args(int argc, char** argv) : Args(std::vector<std::string>(argv + std::min(argc, 1), argv + argc)) {}

Args::Args(const std::vector<std::string>& words) {
    const std::size_t n = words.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::string& a = words[i];
        if (a == "--") {  // the end of options: `delete -- --odd-id`
            m_positional.insert(m_positional.end(), words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end());
            break;
        }
        if (a.rfind("--", 0) != 0) {
            m_positional.push_back(a);
            continue;
        }
        if (auto eq = a.find('='); eq != std::string::npos) {
            m_values[a.substr(0, eq)] = a.substr(eq + 1);
        } else if (kFlags.count(a)) {
            m_flags[a] = true;
        } else if (i + 1 < n) {
            m_values[a] = words[++i];
        } else {
            throw UsageError(a + " needs a value");
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

std::string Args::required(const std::string& name) const {
    auto v = value(name);
    if (!v || v->empty()) throw UsageError(name + " is required");
    return *v;
}

std::optional<double> Args::number(const std::string& name) const {
    auto v = value(name);
    if (!v) return std::nullopt;
    auto x = parseNumber(*v);
    if (!x) throw UsageError(name + ": not a number: " + *v);
    return x;
}

std::vector<std::string> Args::list(const std::string& name) const {
    std::vector<std::string> out;
    const std::string text = value(name).value_or("");
    for (size_t start = 0; start < text.size();) {
        const size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) out.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}

std::vector<double> Args::numbers(const std::string& name) const {
    std::vector<double> out;
    auto v = value(name);
    if (!v) return out;
    size_t start = 0;
    while (start <= v->size()) {
        size_t comma = std::min(v->find(',', start), v->size());
        std::string item = v->substr(start, comma - start);
        auto x = parseNumber(item);
        if (!x) throw UsageError(name + ": not a number: " + item);
        out.push_back(*x);
        start = comma + 1;
    }
    return out;
}

void Args::allow(const std::vector<std::string>& allowed) const {
    auto check = [&](const std::string& name) {
        if (!kGlobal.count(name) && std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            throw UsageError("unknown option " + name);
    };
    for (const auto& [name, v] : m_values) check(name);
    for (const auto& [name, v] : m_flags) check(name);
}

std::vector<std::string> Args::optionWords(const std::vector<std::string>& leaveOut) const {
    auto kept = [&](const std::string& name) {
        return !kGlobal.count(name) && std::find(leaveOut.begin(), leaveOut.end(), name) == leaveOut.end();
    };
    std::vector<std::string> out;
    for (const auto& [name, v] : m_values)
        if (kept(name)) out.insert(out.end(), {name, v});
    for (const auto& [name, on] : m_flags)
        if (kept(name)) out.push_back(name);
    return out;
}

}  // namespace ts
