// trialscope-cli km: Kaplan–Meier, log-rank and Cox by group for one endpoint.
#include "app/cli/commands.h"
#include "core/analysis/survival_analysis.h"
#include "core/io/report_json.h"

namespace ts::cli {

int runKm(Context& ctx, const Args& args) {
    args.allow({"--study", "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties",
                "--landmark", "--population"});
    SurvivalOptions o;
    o.endpoint = args.required("--endpoint");
    o.by = args.value("--by").value_or("");
    o.reference = args.value("--ref").value_or("");
    o.population = args.value("--population").value_or("");
    if (auto c = args.value("--conf-type")) {
        auto t = stats::parseConfType(*c);
        if (!t) throw UsageError("--conf-type: expected log, log-log, plain, logit, arcsin or none, got " + *c);
        o.conf = *t;
    }
    o.level = args.number("--conf-level").value_or(0.95);
    if (!(o.level > 0 && o.level < 1)) throw UsageError("--conf-level must be between 0 and 1");
    o.times = args.numbers("--times");
    if (auto t = args.value("--ties")) {
        if (*t != "efron" && *t != "breslow") throw UsageError("--ties: expected efron or breslow, got " + *t);
        o.ties = *t == "efron" ? stats::Ties::Efron : stats::Ties::Breslow;
    }
    o.landmark = args.number("--landmark");
    if (o.landmark && !(*o.landmark > 0)) throw UsageError("--landmark must be a positive time");
    printJson(survivalJson(analyseSurvival(ctx.study(args.required("--study")), o)));
    return 0;
}

}  // namespace ts::cli
