#include "core/options/view_options.h"

#include "core/analysis/option_tables.h"

namespace ts {

SurvivalOptions survivalOptions(const Args& args) {
    return survivalOptions(args, args.value("--endpoint").value_or(""));
}

namespace {

// --conf-level, 0.95 by default. Above 0.999999 the two-sided quantile's tail (1 - level) / 2 is
// rounding noise in a double, and 1 - that tail rounds to 1: the quantile is infinite.
double confLevel(const Args& args) {
    const double level = args.number("--conf-level").value_or(0.95);
    if (!(level > 0 && level <= 0.999999))
        throw UsageError("--conf-level must be above 0 and at most 0.999999 (got " + *args.value("--conf-level") + ")");
    return level;
}

}  // namespace

SurvivalOptions survivalOptions(const Args& args, std::string endpoint) {
    SurvivalOptions o;
    o.endpoint = std::move(endpoint);
    o.by = args.value("--by").value_or("");
    o.reference = args.value("--ref").value_or("");
    o.population = args.value("--population").value_or("");
    o.conf = args.choice(confTypes()).value_or(o.conf);
    o.level = confLevel(args);
    o.times = args.numbers("--times");
    o.ties = args.choice(tiesMethods()).value_or(o.ties);
    o.landmark = args.number("--landmark");
    if (o.landmark && !(*o.landmark > 0)) throw UsageError("--landmark must be a positive time");
    o.strata = args.value("--strata").value_or("");
    o.rho = args.number("--rho").value_or(0);
    o.gamma = args.number("--gamma").value_or(0);
    if (!(o.rho >= 0 && o.rho <= 100) || !(o.gamma >= 0 && o.gamma <= 100))
        throw UsageError("--rho and --gamma must be between 0 and 100");
    o.rmstTau = args.number("--rmst");
    if (o.rmstTau && !(*o.rmstTau > 0)) throw UsageError("--rmst must be a positive time");
    o.pairwise = args.choice(pAdjustMethods());
    o.phTest = args.flag("--ph-test");
    o.competing = args.value("--competing").value_or("");
    return o;
}

CompetingOptions competingOptions(const Args& args) {
    CompetingOptions o;
    o.endpoint = args.required("--endpoint");
    o.competing = args.required("--competing");
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.times = args.numbers("--times");
    o.level = confLevel(args);
    return o;
}

LabOptions labOptions(const Args& args) {
    LabOptions o;
    o.param = args.required("--param");
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.summary = args.choice(labSummaries());
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
    o.overview = args.flag("--overview");
    o.highest = args.flag("--highest");
    o.rates = args.flag("--rates");
    o.nested = args.flag("--nested");
    if (o.nested && (o.byGrade || o.byRelated))
        throw UsageError(
            "--nested gives subjects and events per SOC and term; it does not combine with --grade or "
            "--related");
    o.confLevel = confLevel(args);
    return o;
}

LiverOptions liverOptions(const Args& args) {
    LiverOptions o;
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.x = args.choice(liverXs()).value_or(o.x);
    o.reference = args.choice(liverReferences()).value_or(o.reference);
    o.xCut = args.number("--x-cut");
    o.yCut = args.number("--y-cut");
    for (const auto& [name, cut] : {std::pair{"--x-cut", o.xCut}, std::pair{"--y-cut", o.yCut}})
        if (cut && !(*cut > 0 && *cut < 1e6)) throw UsageError(std::string(name) + " must be a positive multiple");
    o.params = {args.value("--alt").value_or(""), args.value("--ast").value_or(""), args.value("--bili").value_or(""),
                args.value("--alp").value_or("")};
    return o;
}

LiverEvent liverEvent(const Args& args) {
    LiverEvent e{args.required("--param"), args.number("--multiple").value_or(3)};
    if (!(e.multiple > 0 && e.multiple < 1e6)) throw UsageError("--multiple must be a positive multiple of ULN");
    return e;
}

ShiftOptions shiftOptions(const Args& args) {
    ShiftOptions o;
    o.param = args.required("--param");
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.direction = args.choice(shiftDirections()).value_or(o.direction);
    o.scale = args.choice(shiftScales()).value_or(o.scale);
    return o;
}

std::optional<TimeUnit> displayUnit(const Args& args) {
    auto u = args.value("--unit");
    if (!u) return std::nullopt;
    if (auto unit = parseTimeUnit(*u)) return unit;
    throw UsageError("--unit: expected " + timeUnits().expected() + ", got " + *u);
}

}  // namespace ts
