#pragma once
// study.json: study metadata, arm order/labels/doses/colours, per-dataset provenance and optional
// explicit file names. Schema in docs/study-folder.md. Wrong types are InputError naming the key
// ("study.json:0: \"arms[1].dose\" must be a number"); unknown keys become warnings; file names with
// a path component are refused.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/study.h"

namespace ts {

struct Manifest {
    StudyInfo info;                              // info.id empty when not given
    bool timeUnitGiven = false;                  // "time_unit" was given (else info.timeUnit is the default)
    std::optional<Provenance> provenance;        // "provenance" when given
    std::map<std::string, Provenance> datasets;  // "adtte" -> reconstructed, ...
    std::map<std::string, std::string> files;    // "adsl" -> "dm_adsl.xpt", ...
    std::string xptEncoding;                     // "xpt_encoding": text encoding of the .xpt files ("" = UTF-8)
    std::vector<std::string> warnings;           // "study.json:0: ..."
};

// The dataset keys accepted in "datasets" and "files".
const std::vector<std::string>& manifestDatasetKeys();

Manifest readManifest(const std::filesystem::path& file);

}  // namespace ts
