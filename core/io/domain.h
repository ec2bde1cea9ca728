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
// .csv, .xpt, .sas7bdat, .json or .ndjson, any case (a study folder's study.json is not one:
// import_plan.cpp leaves it out).
bool isDatasetFile(const std::filesystem::path& file);
// Which of two copies of one dataset in different formats is imported: the lower rank, the format
// closest to the original (SAS transport 0, SAS7BDAT 1, Dataset-JSON 2, CSV 3).
int formatRank(const std::filesystem::path& file);
std::optional<Domain> detectDomain(const std::filesystem::path& file);

}  // namespace ts
