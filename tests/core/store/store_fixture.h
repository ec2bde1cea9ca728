#pragma once
// Helpers shared by the store tests: a small study with one row of every record type (and
// ScratchDir, from tests/scratch_dir.h).
#include <filesystem>
#include <string>

#include "core/model/study_data.h"
#include "tests/scratch_dir.h"

namespace ts::test {

StudyData sampleStudy(const std::string& id);
std::string readBytes(const std::filesystem::path& file);

}  // namespace ts::test
