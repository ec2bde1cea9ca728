// trialscope-cli ae: adverse-event table by group.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runAe(Context& ctx, const Args& args) {
    args.allow({"--study", "--by", "--level", "--grade", "--related", "--serious", "--population", "--overview",
                "--highest", "--rates", "--nested", "--conf-level"});
    const auto options = aeOptions(args);  // usage errors before the store is read
    printJson(aeJson(analyseAdverseEvents(ctx.study(args.required("--study")), options)));
    return 0;
}

}  // namespace ts::cli
