#include "core/options/view_options.h"

#include "core/analysis/option_tables.h"

namespace ts {

SurvivalOptions survivalOptions(const Args& args) {
    SurvivalOptions o;
    o.endpoint = args.required("--endpoint");
    o.by = args.value("--by").value_or("");
    o.reference = args.value("--ref").value_or("");
    o.population = args.value("--population").value_or("");
    o.conf = args.choice(confTypes()).value_or(o.conf);
    o.level = args.number("--conf-level").value_or(0.95);
    if (!(o.level > 0 && o.level < 1)) throw UsageError("--conf-level must be between 0 and 1");
    o.times = args.numbers("--times");
    o.ties = args.choice(tiesMethods()).value_or(o.ties);
    o.landmark = args.number("--landmark");
    if (o.landmark && !(*o.landmark > 0)) throw UsageError("--landmark must be a positive time");
    return o;
}

LabOptions labOptions(const Args& args) {
    LabOptions o;
    o.param = args.required("--param");
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.summary = args.choice(labSummaries()).value_or(o.summary);
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
    o.level = args.choice(aeLevels()).value_or(o.level);
    o.byGrade = args.flag("--grade");
    o.byRelated = args.flag("--related");
    o.seriousOnly = args.flag("--serious");
    return o;
}

std::optional<TimeUnit> displayUnit(const Args& args) {
    auto u = args.value("--unit");
    if (!u) return std::nullopt;
    if (auto unit = parseTimeUnit(*u)) return unit;
    throw UsageError("--unit: expected " + timeUnits().expected() + ", got " + *u);
}

}  // namespace ts
