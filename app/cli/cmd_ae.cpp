// trialscope-cli ae: adverse-event table by group.
#include "app/cli/commands.h"
#include "core/analysis/ae_analysis.h"
#include "core/io/report_json.h"

namespace ts::cli {

int runAe(Context& ctx, const Args& args) {
    args.allow({"--study", "--by", "--level", "--grade", "--related", "--serious", "--population"});
    AeOptions o;
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    if (auto l = args.value("--level")) {
        auto level = parseAeLevel(*l);
        if (!level) throw UsageError("--level: expected soc or pt, got " + *l);
        o.level = *level;
    }
    o.byGrade = args.flag("--grade");
    o.byRelated = args.flag("--related");
    o.seriousOnly = args.flag("--serious");
    printJson(aeJson(analyseAdverseEvents(ctx.study(args.required("--study")), o)));
    return 0;
}

}  // namespace ts::cli
