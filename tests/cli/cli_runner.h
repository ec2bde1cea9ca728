#pragma once
// Runs trialscope-cli (TRIALSCOPE_CLI) for the CLI tests and parses its JSON with Qt.
#include <filesystem>
#include <string>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/scratch_dir.h"

namespace ts::test {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
    QJsonDocument json() const;  // FAILs the test when stdout is not JSON
};

CliResult runCli(const std::vector<std::string>& args);

// A folder of links to the CDISC pilot CSV datasets (the shared folder also holds .xpt copies).
std::filesystem::path cdiscCsvFolder(const ScratchDir& dir);

}  // namespace ts::test
