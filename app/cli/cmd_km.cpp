// trialscope-cli km: Kaplan–Meier, log-rank and Cox by group for one endpoint.
#include "app/cli/commands.h"
#include "core/analysis/grouping.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runKm(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties",
                "--landmark", "--population"});
    const auto options = survivalOptions(args);  // usage errors before the store is read
    // Only what the analysis reads: the endpoint's records and the grouping and population columns.
    const SurvivalSlice slice =
        ctx.survivalSlice(args.required("--study"), options.endpoint, groupingInputs(options.by, options.population));
    printJson(survivalJson(analyseSurvival(slice, options)));
    return 0;
}

}  // namespace ts::cli
