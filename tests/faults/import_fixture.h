#pragma once
// A store holding the good study S1 (study_folder.h) and its folder to break: each refused import
// must print exactly one line "FILE:LINE: message" on stderr, nothing on stdout, exit 1, and leave
// the store byte-for-byte the same. Shared by the bad-input tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "cli_process.h"
#include "study_folder.h"
#include "tests/scratch_dir.h"

namespace ts::fault {

struct ImportFixture {
    test::ScratchDir dir;
    std::filesystem::path db = dir.path() / "t.db";
    std::filesystem::path folder = dir.path() / "S1";

    ImportFixture() {
        writeGoodStudy(folder);
        const auto r = runCli({"--db", db.string(), "import", folder.string()});
        INFO(r.err);
        REQUIRE(r.status == 0);
    }

    // Puts `bytes` in folder/`file` (on top of the good study) and imports the folder.
    void expectRefused(const std::string& file, const std::string& bytes, const std::string& error) {
        namespace fs = std::filesystem;
        writeGoodStudy(folder);
        fs::create_directories((folder / file).parent_path());
        writeBytes(folder / file, bytes);
        // Another format of a dataset replaces its CSV (the folder holds one copy of each).
        if (fs::path(file).extension() != ".csv") fs::remove(folder / (fs::path(file).stem().string() + ".csv"));
        expectFolderRefused(error);
    }

    // Imports the folder as it is.
    void expectFolderRefused(const std::string& error) {
        const std::string before = storeBytes(db);
        const auto r = runCli({"--db", db.string(), "import", folder.string()});
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(r.err == error + "\n");
        CHECK(storeBytes(db) == before);
    }
};

}  // namespace ts::fault
