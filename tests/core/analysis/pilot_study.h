#pragma once
// The CDISC pilot study as delivered (../shared/data/cdiscpilot01, .xpt and .csv side by side; the
// importer reads the .xpt), imported into a scratch store and loaded back: the study the service
// layer tests run on.
#include <filesystem>
#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "core/io/study_importer.h"
#include "core/store/store.h"

namespace ts::test {

inline StudyData importPilot() {
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     std::string("ts-cdisc-").append(std::to_string(rd())).append(std::to_string(rd()));
    std::filesystem::create_directories(dir);
    std::optional<StudyData> d;
    {
        Store store = Store::open(dir / "t.db");
        importPath(store, std::filesystem::path(TRIALSCOPE_SHARED_DIR) / "data" / "cdiscpilot01");
        d = store.loadStudy("CDISCPILOT01");
    }
    std::filesystem::remove_all(dir);
    REQUIRE(d);
    return std::move(*d);
}

}  // namespace ts::test
