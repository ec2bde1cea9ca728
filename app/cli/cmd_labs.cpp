// trialscope-cli labs: lab summaries by group x visit for one parameter.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runLabs(Context& ctx, const Args& args) {
    args.allow({"--study", "--param", "--by", "--summary", "--change", "--percent-change", "--population"});
    auto options = labOptions(args);  // usage errors before the store is read
    // The JSON keeps mean ± SD unless asked (scripts read it); the viewer and `export --view labs`
    // choose per parameter (defaultLabSummary: median (IQR) for skewed tests).
    if (!options.summary) options.summary = LabSummaryKind::MeanSd;
    printJson(labJson(analyseLabs(ctx.study(args.required("--study")), options)));
    return 0;
}

}  // namespace ts::cli
