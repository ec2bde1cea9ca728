// trialscope-cli ae: adverse-event table by group. With --r-code FILE.R it also writes the R code
// that reproduces its numbers (core/report/ae_r_code.h) and its data beside it.
#include "app/cli/commands.h"
#include "app/cli/r_code_file.h"
#include "core/options/view_options.h"
#include "core/report/ae_r_code.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runAe(Context& ctx, const Args& args) {
    args.allow({"--study", "--by", "--level", "--grade", "--related", "--serious", "--population", "--overview",
                "--highest", "--rates", "--nested", "--conf-level", "--r-code"});
    const auto options = aeOptions(args);  // usage errors before the store is read
    const StudyData study = ctx.study(args.required("--study"));
    const AeReport report = analyseAdverseEvents(study, options);
    if (const auto script = args.value("--r-code"))
        writeRCode(*script, aeRowsCsv(aeRows(study, report.options)),
                   [&report](const std::string& data) { return aeRCode(report, data); });
    printJson(aeJson(report));
    return 0;
}

}  // namespace ts::cli
