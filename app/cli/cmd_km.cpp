// trialscope-cli km: Kaplan–Meier, log-rank and Cox by group for one endpoint.
#include "app/cli/commands.h"
#include "core/analysis/grouping.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runKm(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties",
                "--landmark", "--population", "--strata", "--rho", "--gamma", "--rmst", "--pairwise", "--ph-test"});
    auto options = survivalOptions(args);  // usage errors before the store is read
    const std::string study = args.required("--study");
    if (options.endpoint.empty())  // the study's own: OS where it has one, else its first endpoint
        if (const auto overview = ctx.store().overview(study)) options.endpoint = defaultEndpoint(overview->endpoints);
    // Only what the analysis reads: the endpoint's records and the grouping and population columns.
    const SurvivalSlice slice = ctx.survivalSlice(study, options.endpoint, survivalInputs(options));
    printJson(survivalJson(analyseSurvival(slice, options)));
    return 0;
}

}  // namespace ts::cli
