// trialscope-cli km: Kaplan–Meier, log-rank and Cox by group for one endpoint.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runKm(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties",
                "--landmark", "--population"});
    const auto options = survivalOptions(args);  // usage errors before the store is read
    printJson(survivalJson(analyseSurvival(ctx.study(args.required("--study")), options)));
    return 0;
}

}  // namespace ts::cli
