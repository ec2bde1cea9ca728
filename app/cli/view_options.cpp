#include "app/cli/view_options.h"

namespace ts::cli {

SurvivalOptions survivalOptions(const Args& args) {
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
    return o;
}

LabOptions labOptions(const Args& args) {
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
    return o;
}

AeOptions aeOptions(const Args& args) {
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
    return o;
}

}  // namespace ts::cli
