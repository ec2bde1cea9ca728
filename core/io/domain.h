#pragma once
// ADaM domains and how a dataset file's domain is told: the file stem (adsl, adtte, adlb, adae,
// case-insensitive), else for .xpt the dataset name inside, else the one domain name the stem contains.
#include <filesystem>
#include <optional>
#include <string_view>

namespace ts {

enum class Domain { Adsl, Adtte, Adlb, Adae };

std::string_view domainName(Domain d);  // "adsl", ...
std::optional<Domain> parseDomain(std::string_view lowerName);
bool isDatasetFile(const std::filesystem::path& file);  // .csv or .xpt, any case
std::optional<Domain> detectDomain(const std::filesystem::path& file);

}  // namespace ts
