#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace ts::test {

namespace {

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q.append(c == '\'' ? "'\\''" : std::string(1, c));
    return q.append("'");
}

}  // namespace

QJsonDocument CliResult::json() const {
    QJsonParseError error{};
    auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(out), &error);
    INFO("stdout: " << out.substr(0, 300) << "\nstderr: " << err);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

CliResult runCli(const std::vector<std::string>& args) {
    ScratchDir tmp;
    const auto errFile = tmp.path() / "stderr";
    std::string cmd = quote(TRIALSCOPE_CLI);
    for (const auto& a : args) cmd.append(" ").append(quote(a));
    cmd.append(" 2>").append(quote(errFile.string()));
    CliResult r;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    char buf[65536];
    for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
    const int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream in(errFile);
    std::ostringstream s;
    s << in.rdbuf();
    r.err = s.str();
    return r;
}

std::filesystem::path cdiscCsvFolder(const ScratchDir& dir) {
    const std::filesystem::path source = std::filesystem::path(TRIALSCOPE_PILOT_DIR);
    const auto folder = dir.path() / "cdiscpilot01";
    std::filesystem::create_directories(folder);
    for (const char* name : {"adsl.csv", "adtte.csv", "adlb.csv", "adae.csv"})
        std::filesystem::create_symlink(source / name, folder / name);
    return folder;
}

}  // namespace ts::test
