// trialscope-cli export: figure export needs the Qt renderer of ui/ (app/cli/export_command.cpp).
#include "app/cli/commands.h"

#ifdef TRIALSCOPE_HAVE_UI
#include "app/cli/export_command.h"
#endif

namespace ts::cli {

std::string exportUsage() {
#ifdef TRIALSCOPE_HAVE_UI
    return exportCommandUsage();
#else
    return "export --study ID --view VIEW --out FILE (not available in this build)";
#endif
}

std::string viewsMarkdown() {
#ifdef TRIALSCOPE_HAVE_UI
    return exportViewsMarkdown();
#else
    return "";
#endif
}

int runExport([[maybe_unused]] Context& ctx, [[maybe_unused]] const Args& args) {
#ifdef TRIALSCOPE_HAVE_UI
    return exportFigure(ctx, args);
#else
    throw UsageError("export: not available in this build");
#endif
}

int runReport([[maybe_unused]] Context& ctx, [[maybe_unused]] const Args& args) {
#ifdef TRIALSCOPE_HAVE_UI
    return reportStudies(ctx, args);
#else
    throw UsageError("report: not available in this build");
#endif
}

int runInspect([[maybe_unused]] Context& ctx, [[maybe_unused]] const Args& args) {
#ifdef TRIALSCOPE_HAVE_UI
    return inspectFigure(ctx, args);
#else
    throw UsageError("inspect: not available in this build");
#endif
}

}  // namespace ts::cli
