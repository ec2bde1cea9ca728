// trialscope-cli export, inspect and report: run by the viewer binary, which has the Qt figure code
// of ui/ (figure_commands.h, app/cli/figures/).
#include "app/cli/commands.h"
#include "app/cli/figure_commands.h"

namespace ts::cli {

namespace {

const FigureCommands& figures(const char* command) {
    if (const FigureCommands* f = figureCommands()) return *f;
    const std::string& why = viewerMissing();
    throw UsageError(std::string(command) + ": not available" + (why.empty() ? " in this build" : ": " + why));
}

}  // namespace

std::string exportUsage() {
    if (const FigureCommands* f = figureCommands()) return f->exportUsage();
    return "export --study ID --view VIEW --out FILE   (drawn by the viewer binary, trialscope)";
}

std::string viewsMarkdown() { return figureCommands() ? figureCommands()->viewsMarkdown() : ""; }

int runExport(Context& ctx, const Args& args) { return figures("export").exportFigure(ctx, args); }

int runInspect(Context& ctx, const Args& args) { return figures("inspect").inspectFigure(ctx, args); }

int runReport(Context& ctx, const Args& args) { return figures("report").reportStudies(ctx, args); }

}  // namespace ts::cli
