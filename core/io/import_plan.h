#pragma once
// What an import will read: the manifest, one file per ADaM domain, the aggregates/ files, and the
// warnings found while looking (files that are not datasets, unknown manifest keys).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/io/domain.h"
#include "core/io/manifest.h"

namespace ts {

struct ImportPlan {
    std::filesystem::path root;  // the folder, or the single file
    Manifest manifest;
    std::map<Domain, std::filesystem::path> datasets;
    std::map<std::string, std::filesystem::path> aggregates;  // "lab_summary" -> path
    std::filesystem::path define;                             // define.xml beside the data; "" = none
    std::vector<std::string> warnings;
};

// Throws InputError: nothing importable, a domain given twice, a single file of unknown domain.
ImportPlan planImport(const std::filesystem::path& path);

}  // namespace ts
