// trialscope-cli studies: the study library.
#include "app/cli/commands.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runStudies(Context& ctx, const Args& args) {
    args.allow({});
    if (args.positional().size() > 1) throw UsageError("studies takes no arguments");
    printJson(studiesJson(ctx.store().studies()));
    return 0;
}

}  // namespace ts::cli
