// trialscope-cli labs: lab summaries by group x visit for one parameter. With --r-code FILE.R it
// also writes the R code that reproduces them (core/report/lab_r_code.h) and its data beside it.
#include "app/cli/commands.h"
#include "app/cli/r_code_file.h"
#include "core/options/view_options.h"
#include "core/report/lab_r_code.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runLabs(Context& ctx, const Args& args) {
    args.allow({"--study", "--param", "--by", "--summary", "--change", "--percent-change", "--population", "--r-code"});
    auto options = labOptions(args);  // usage errors before the store is read
    // The JSON keeps mean ± SD unless asked (scripts read it); the viewer and `export --view labs`
    // choose per parameter (defaultLabSummary: median (IQR) for skewed tests).
    if (!options.summary) options.summary = LabSummaryKind::MeanSd;
    const StudyData study = ctx.study(args.required("--study"));
    const LabReport report = analyseLabs(study, options);
    if (const auto script = args.value("--r-code"))
        writeRCode(*script, labRowsCsv(labRows(study, report.options)),
                   [&report](const std::string& data) { return labRCode(report, data); });
    printJson(labJson(report));
    return 0;
}

}  // namespace ts::cli
