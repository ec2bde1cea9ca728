// trialscope-cli ae-event: Kaplan–Meier (as cumulative incidence), log-rank and Cox of the time to
// the first adverse event, of a SOC or of a preferred term (core/analysis/ae_event.h), as `km` prints them.
#include "app/cli/commands.h"
#include "core/analysis/ae_event.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runAeEvent(Context& ctx, const Args& args) {
    args.allow(
        {"--study", "--soc", "--term", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--population"});
    const AeEvent event{args.value("--soc").value_or(""), args.value("--term").value_or("")};
    SurvivalOptions options = survivalOptions(args, aeEventCode());  // usage errors before the store is read
    options.cumulativeIncidence = true;
    printJson(survivalJson(analyseSurvival(aeEventStudy(ctx.study(args.required("--study")), event), options)));
    return 0;
}

}  // namespace ts::cli
