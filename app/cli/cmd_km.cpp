// trialscope-cli km: Kaplan–Meier, log-rank and Cox by group for one endpoint. With --r-code FILE.R
// it also writes the R code that reproduces the numbers (core/report/survival_r_code.h) and, beside
// it, the analysis data it reads (FILE_data.csv).
#include "app/cli/commands.h"
#include "app/cli/r_code_file.h"
#include "core/analysis/grouping.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"
#include "core/report/survival_r_code.h"

namespace ts::cli {

int runKm(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties",
                "--landmark", "--population", "--strata", "--rho", "--gamma", "--rmst", "--pairwise", "--ph-test",
                "--r-code"});
    auto options = survivalOptions(args);  // usage errors before the store is read
    const std::string study = args.required("--study");
    if (options.endpoint.empty())  // the study's own: OS where it has one, else its first endpoint
        if (const auto overview = ctx.store().overview(study)) options.endpoint = defaultEndpoint(overview->endpoints);
    // Only what the analysis reads: the endpoint's records and the grouping and population columns.
    const SurvivalSlice slice = ctx.survivalSlice(study, options.endpoint, survivalInputs(options));
    const SurvivalReport report = analyseSurvival(slice, options);
    if (const auto script = args.value("--r-code"))
        writeRCode(*script, survivalRowsCsv(survivalRows(ctx.study(study), report.options)),
                   [&report](const std::string& data) { return survivalRCode(report, data); });
    printJson(survivalJson(report));
    return 0;
}

}  // namespace ts::cli
