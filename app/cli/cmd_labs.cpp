// trialscope-cli labs: lab summaries by group x visit for one parameter.
#include "app/cli/commands.h"
#include "core/analysis/lab_analysis.h"
#include "core/io/report_json.h"

namespace ts::cli {

int runLabs(Context& ctx, const Args& args) {
    args.allow({"--study", "--param", "--by", "--summary", "--change", "--percent-change", "--population"});
    LabOptions o;
    o.param = args.required("--param");
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    if (auto s = args.value("--summary")) {
        auto k = parseLabSummary(*s);
        if (!k) throw UsageError("--summary: expected mean-sd, mean-se, mean-ci or median-iqr, got " + *s);
        o.summary = *k;
    }
    if (args.flag("--change") && args.flag("--percent-change"))
        throw UsageError("--change and --percent-change exclude each other");
    if (args.flag("--change")) o.scale = LabScale::Change;
    if (args.flag("--percent-change")) o.scale = LabScale::PercentChange;
    printJson(labJson(analyseLabs(ctx.study(args.required("--study")), o)));
    return 0;
}

}  // namespace ts::cli
