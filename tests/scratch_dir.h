#pragma once
// A fresh directory under the system temp dir for one test, removed with its contents on
// destruction (after giving the owner full permissions back, so tests that make it read-only
// leave nothing behind). Shared by every test folder.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace ts::test {

class ScratchDir {
public:
    ScratchDir() {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("trialscope-test-" + std::to_string(rd()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }
    // Writes `bytes` to `name` (sub-folders created) and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        const auto p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace ts::test
