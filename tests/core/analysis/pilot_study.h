#pragma once
// The CDISC pilot study as delivered (tests/data/cdiscpilot01.tar.xz, .xpt and .csv side by side; the
// importer reads the .xpt), imported into a scratch store and loaded back: the study the service
// layer tests run on.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/scratch_dir.h"

namespace ts::test {

inline StudyData importPilot() {
    const ScratchDir dir;
    std::optional<StudyData> d;
    {
        Store store = Store::open(dir.file("t.db"));
        importPath(store, std::filesystem::path(TRIALSCOPE_PILOT_DIR));
        d = store.loadStudy("CDISCPILOT01");
    }
    REQUIRE(d);
    return std::move(*d);
}

}  // namespace ts::test
