#include "core/io/domain.h"

#include <string>

#include "core/io/dataset_json_reader.h"
#include "core/io/sas7bdat_reader.h"
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

int formatRank(const std::filesystem::path& file) {
    const std::string ext = lower(file.extension().string());
    if (ext == ".xpt") return 0;
    if (ext == ".sas7bdat") return 1;
    if (ext == ".json" || ext == ".ndjson") return 2;
    return 3;
}

bool isDatasetFile(const std::filesystem::path& file) {
    const std::string ext = lower(file.extension().string());
    return ext == ".csv" || ext == ".xpt" || ext == ".sas7bdat" || ext == ".json" || ext == ".ndjson";
}

namespace {

// The dataset name a file stores, for the formats that store one ("" otherwise).
std::string storedName(const std::filesystem::path& file) {
    const std::string ext = lower(file.extension().string());
    if (ext == ".xpt") return xptDatasetName(file);
    if (ext == ".sas7bdat") return sas7bdatDatasetName(file);
    if (ext == ".json" || ext == ".ndjson") return datasetJsonName(file);
    return {};
}

}  // namespace

std::optional<Domain> detectDomain(const std::filesystem::path& file) {
    std::string stem = lower(file.stem().string());
    if (auto d = parseDomain(stem)) return d;
    if (auto d = parseDomain(lower(storedName(file)))) return d;
    std::optional<Domain> found;
    for (Domain d : allDomains)
        if (stem.find(domainName(d)) != std::string::npos) {
            if (found) return std::nullopt;  // ambiguous: names two domains
            found = d;
        }
    return found;
}

}  // namespace ts
