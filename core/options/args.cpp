#include "core/options/args.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace ts {

namespace {

const std::set<std::string> kFlags{"--help",  "--help-options", "--version", "--change",     "--percent-change",
                                   "--grade", "--related",      "--serious", "--overview",   "--highest",
                                   "--rates", "--nested",       "--ph-test", "--rmst-shade", "--stack-competing"};
const std::set<std::string> kGlobal{"--db", "--help", "--help-options", "--version"};

}  // namespace

std::optional<double> parseNumber(const std::string& text) {
    double v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

Args::Args(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") {  // the end of options: `delete -- --odd-id`
            m_positional.insert(m_positional.end(), argv + i + 1, argv + argc);
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
        } else if (i + 1 < argc) {
            m_values[a] = argv[++i];
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

}  // namespace ts
