// trialscope-cli shift: baseline against worst post-baseline category of one lab parameter.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runShift(Context& ctx, const Args& args) {
    args.allow({"--study", "--param", "--by", "--population", "--direction", "--scale"});
    const auto options = shiftOptions(args);  // usage errors before the store is read
    printJson(shiftJson(analyseShift(ctx.study(args.required("--study")), options)));
    return 0;
}

}  // namespace ts::cli
