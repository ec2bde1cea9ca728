#include "app/cli/figure_commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <unistd.h>
#include <vector>

namespace ts::cli {

namespace {

std::optional<FigureCommands>& provided() {
    static std::optional<FigureCommands> commands;
    return commands;
}

std::string& missing() {
    static std::string why;
    return why;
}

}  // namespace

void provideFigureCommands(const FigureCommands& commands) { provided() = commands; }

const FigureCommands* figureCommands() { return provided() ? &*provided() : nullptr; }

void handToViewer(int argc, char** argv) {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) {
        missing() = "cannot find this program's folder (/proc/self/exe: " + ec.message() + ")";
        return;
    }
    const std::string viewer = (self.parent_path() / "trialscope").string();
    std::vector<char*> words{const_cast<char*>(viewer.c_str()), const_cast<char*>("--cli")};
    for (int i = 1; i < argc; ++i) words.push_back(argv[i]);
    words.push_back(nullptr);
    std::fflush(stdout);
    ::execv(viewer.c_str(), words.data());
    missing() = "the viewer binary " + viewer + " draws the figures and cannot be run: " + std::strerror(errno);
}

const std::string& viewerMissing() { return missing(); }

}  // namespace ts::cli
