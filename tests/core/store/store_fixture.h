#pragma once
// Helpers shared by the store tests: a small study with one row of every record type, a fresh
// store on either backend (and ScratchDir, from tests/scratch_dir.h).
#include <filesystem>
#include <optional>
#include <string>

#include "core/model/study_data.h"
#include "tests/scratch_dir.h"
#include "tests/server_library.h"

namespace ts::test {

StudyData sampleStudy(const std::string& id);
std::string readBytes(const std::filesystem::path& file);

// A fresh, empty store of `backend`: "sqlite", a file in a scratch folder, or "postgresql", a new
// library on the test cluster (tests/server_library.h). The tests that hold for both run on each:
//   FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
class FreshStore {
public:
    explicit FreshStore(const std::string& backend);
    const std::filesystem::path& location() const { return m_location; }

private:
    ScratchDir m_dir;
    std::optional<ServerLibrary> m_server;
    std::filesystem::path m_location;
};

}  // namespace ts::test
