#pragma once
// Runs trialscope-cli (TRIALSCOPE_CLI) for the CLI tests and parses its JSON with Qt.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>
#include <string>
#include <vector>

namespace ts::test {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
    QJsonDocument json() const;   // FAILs the test when stdout is not JSON
};

CliResult runCli(const std::vector<std::string>& args);

// A fresh temporary directory, removed on destruction.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// A folder of links to the CDISC pilot CSV datasets (the shared folder also holds .xpt copies).
std::filesystem::path cdiscCsvFolder(const ScratchDir& dir);

}  // namespace ts::test
