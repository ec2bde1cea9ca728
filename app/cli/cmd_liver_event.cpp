// trialscope-cli liver-event: Kaplan–Meier, log-rank and Cox of the time to the first post-baseline
// value of a lab parameter at or above k x ULN (core/analysis/liver_event.h), as `km` prints them.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runLiverEvent(Context& ctx, const Args& args) {
    args.allow({"--study", "--param", "--multiple", "--by", "--ref", "--conf-type", "--conf-level", "--times",
                "--population"});
    const LiverEvent event = liverEvent(args);  // usage errors before the store is read
    SurvivalOptions options = survivalOptions(args, liverEventCode(event));
    options.cumulativeIncidence = true;
    printJson(survivalJson(analyseSurvival(liverEventStudy(ctx.study(args.required("--study")), event), options)));
    return 0;
}

}  // namespace ts::cli
