#pragma once
// Imports a study folder, or a single .csv/.xpt dataset, into the store: reads study.json and
// aggregates/ when present, streams ADSL, ADTTE, ADLB, ADAE (CSV or SAS XPORT), validates them
// with the ADaM rules the views rely on, and writes everything through one StudyWriter, so a
// rejected or cancelled import leaves the store exactly as it was.
#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/store/store.h"

namespace ts {

struct ImportSummary {
    std::string study;
    int subjects = 0;
    int tteRecords = 0;
    int labRecords = 0;
    int aeRecords = 0;
    int aggregateRows = 0;
    std::vector<std::string> warnings;  // "FILE:LINE: message", not fatal
};

struct ImportControl {
    std::function<void(double fraction, const std::string& stage)> progress;  // may be empty
    const std::atomic<bool>* cancel = nullptr;  // set to true to abandon (throws InputError "cancelled")
};

// Throws InputError (bad input, cancelled) or StoreError. On throw the store is unchanged.
ImportSummary importPath(Store& store, const std::filesystem::path& path, const ImportControl& control = {});

}  // namespace ts
