#pragma once
// trialscope-cli's command line: wires the arguments to the command table (app/cli/commands.cpp)
// and turns errors into one line on stderr and a non-zero status. Run by trialscope-cli's main(),
// and by the viewer binary as `trialscope --cli ARGS` for the figure commands (figure_commands.h).
namespace ts::cli {

int runCli(int argc, char** argv);

}  // namespace ts::cli
