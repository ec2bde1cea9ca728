#pragma once
// The figure commands (export, inspect, report) draw with the viewer's Qt figure code, and the help
// lists the views that code offers. trialscope-cli does not link Qt's GUI libraries: loading them
// (74 shared libraries, 8 of the 19 ms a command spends before its work) slowed every command. It
// hands these commands to the viewer binary beside it, `trialscope --cli ARGS`, which provides
// them (app/cli/figures/) before it runs the same command line (run_cli.h).
#include <string>

#include "app/cli/commands.h"

namespace ts::cli {

struct FigureCommands {
    int (*exportFigure)(Context&, const Args&);
    int (*inspectFigure)(Context&, const Args&);
    int (*reportStudies)(Context&, const Args&);
    std::string (*exportUsage)();    // the usage line of export, with the views and their options
    std::string (*viewsMarkdown)();  // the views and figure options as Markdown (docs/options.md)
};

// Called by the viewer binary before runCli.
void provideFigureCommands(const FigureCommands& commands);
// The figure commands when this binary has them, else nullptr.
const FigureCommands* figureCommands();

// Replaces this process by the viewer binary in this executable's folder, run as
// `trialscope --cli ARGS` (argv[0] dropped). Returns only when that binary cannot be run, after
// remembering why (viewerMissing()).
void handToViewer(int argc, char** argv);
// Why the viewer binary could not be run ("" when it was not tried).
const std::string& viewerMissing();

}  // namespace ts::cli
