// trialscope-cli cuminc: cumulative incidence of an endpoint with another as the competing event
// (Aalen–Johansen by group, Gray's test), core/analysis/competing_risks.h.
#include "app/cli/commands.h"
#include "core/analysis/grouping.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runCuminc(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--competing", "--by", "--times", "--conf-level", "--population"});
    const CompetingOptions options = competingOptions(args);  // usage errors before the store is read
    const std::string study = args.required("--study");
    // Only what the analysis reads: the two parameters' records and the grouping and population columns.
    const SurvivalSlice slice =
        ctx.survivalSlice(study, options.endpoint, groupingInputs(options.by, options.population));
    const SurvivalSlice other = ctx.survivalSlice(study, options.competing, {});
    printJson(cumincJson(
        analyseCompetingRisks(slice.info, slice.endpoints, slice.adsl, slice.tte.get(), other.tte.get(), options)));
    return 0;
}

}  // namespace ts::cli
