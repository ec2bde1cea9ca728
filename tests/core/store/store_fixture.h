#pragma once
// Helpers shared by the store tests: a temporary directory and a small study with one row of
// every record type.
#include <filesystem>
#include <string>

#include "core/model/study_data.h"

namespace ts::test {

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

StudyData sampleStudy(const std::string& id);
std::string readBytes(const std::filesystem::path& file);

}  // namespace ts::test
