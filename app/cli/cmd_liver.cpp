// trialscope-cli liver: eDISH / mDISH peaks, quadrants and patterns per subject.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runLiver(Context& ctx, const Args& args) {
    args.allow({"--study", "--by", "--population", "--x", "--reference", "--x-cut", "--y-cut", "--alt", "--ast",
                "--bili", "--alp"});
    const auto options = liverOptions(args);  // usage errors before the store is read
    printJson(liverJson(analyseLiver(ctx.study(args.required("--study")), options)));
    return 0;
}

}  // namespace ts::cli
