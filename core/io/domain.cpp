#include "core/io/domain.h"

#include <string>

#include "core/io/xpt_reader.h"

namespace ts {

namespace {

constexpr Domain allDomains[] = {Domain::Adsl, Domain::Adtte, Domain::Adlb, Domain::Adae};

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

}  // namespace

std::string_view domainName(Domain d) {
    switch (d) {
    case Domain::Adsl: return "adsl";
    case Domain::Adtte: return "adtte";
    case Domain::Adlb: return "adlb";
    case Domain::Adae: return "adae";
    }
    return {};
}

std::optional<Domain> parseDomain(std::string_view name) {
    for (Domain d : allDomains)
        if (name == domainName(d)) return d;
    return std::nullopt;
}

bool isDatasetFile(const std::filesystem::path& file) {
    std::string ext = lower(file.extension().string());
    return ext == ".csv" || ext == ".xpt";
}

std::optional<Domain> detectDomain(const std::filesystem::path& file) {
    std::string stem = lower(file.stem().string());
    if (auto d = parseDomain(stem)) return d;
    if (lower(file.extension().string()) == ".xpt")
        if (auto d = parseDomain(lower(xptDatasetName(file)))) return d;
    std::optional<Domain> found;
    for (Domain d : allDomains)
        if (stem.find(domainName(d)) != std::string::npos) {
            if (found) return std::nullopt;  // ambiguous: names two domains
            found = d;
        }
    return found;
}

}  // namespace ts
