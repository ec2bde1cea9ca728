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
    o.cumulativeIncidence = args.flag("--cumulative-incidence");
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
    o.source = args.choice(dataSources()).value_or(o.source);
    return o;
}

AeDotOptions aeDotOptions(const Args& args) {
    AeDotOptions o;
    o.table = aeOptions(args);
    o.arm = args.value("--arm").value_or("");
    o.control = args.value("--control").value_or("");
    o.measure = args.choice(aeMeasures()).value_or(o.measure);
    o.minPercent = args.number("--min-percent").value_or(0);
    if (o.minPercent < 0 || o.minPercent > 100)
        throw UsageError("--min-percent: expected a percentage from 0 to 100, got " + optionNumber(o.minPercent));
    o.level = o.table.confLevel;
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

LiverEvent liverEvent(const Args& args, const char* param) {
    LiverEvent e{args.required(param), args.number("--multiple").value_or(3)};
    if (!(e.multiple > 0 && e.multiple < 1e6)) throw UsageError("--multiple must be a positive multiple of ULN");
    return e;
}

ShiftOptions shiftOptions(const Args& args, const char* param) {
    ShiftOptions o;
    o.param = args.required(param);
    o.by = args.value("--by").value_or("");
    o.population = args.value("--population").value_or("");
    o.direction = args.choice(shiftDirections()).value_or(o.direction);
    o.scale = args.choice(shiftScales()).value_or(o.scale);
    return o;
}

namespace {

// Appends "--name value" when `value` is not empty.
void put(std::vector<std::string>& out, std::string_view name, const std::string& value) {
    if (value.empty()) return;
    out.emplace_back(name);
    out.push_back(value);
}

}  // namespace

std::vector<std::string> optionWords(const SurvivalOptions& o) {
    std::vector<std::string> out;
    const SurvivalOptions defaults;
    put(out, "--endpoint", o.endpoint);
    put(out, "--competing", o.competing);
    put(out, "--by", o.by);
    put(out, "--ref", o.reference);
    put(out, "--population", o.population);
    put(out, "--strata", o.strata);
    if (o.conf != defaults.conf) put(out, "--conf-type", std::string(confTypes().name(o.conf)));
    if (o.level != defaults.level) put(out, "--conf-level", optionNumber(o.level));
    std::string times;
    for (double t : o.times) times += (times.empty() ? "" : ",") + optionNumber(t);
    put(out, "--times", times);
    if (o.ties != defaults.ties) put(out, "--ties", std::string(tiesMethods().name(o.ties)));
    if (o.landmark) put(out, "--landmark", optionNumber(*o.landmark));
    if (o.rho != 0) put(out, "--rho", optionNumber(o.rho));
    if (o.gamma != 0) put(out, "--gamma", optionNumber(o.gamma));
    if (o.rmstTau) put(out, "--rmst", optionNumber(*o.rmstTau));
    if (o.pairwise) put(out, pAdjustMethods().option(), std::string(pAdjustMethods().name(*o.pairwise)));
    if (o.phTest) out.emplace_back("--ph-test");
    if (o.cumulativeIncidence) out.emplace_back("--cumulative-incidence");
    return out;
}

std::vector<std::string> optionWords(const LabOptions& o) {
    std::vector<std::string> out;
    put(out, "--param", o.param);
    put(out, "--by", o.by);
    put(out, "--population", o.population);
    if (o.summary) put(out, "--summary", std::string(labSummaries().name(*o.summary)));
    if (o.scale == LabScale::Change) out.emplace_back("--change");
    if (o.scale == LabScale::PercentChange) out.emplace_back("--percent-change");
    return out;
}

std::vector<std::string> optionWords(const AeOptions& o) {
    std::vector<std::string> out;
    const AeOptions defaults;
    put(out, "--by", o.by);
    put(out, "--population", o.population);
    if (o.level != defaults.level) put(out, "--level", std::string(aeLevels().name(o.level)));
    const std::pair<bool, const char*> flags[] = {{o.byGrade, "--grade"},
                                                  {o.byRelated, "--related"},
                                                  {o.seriousOnly, "--serious"},
                                                  {o.highest, "--highest"},
                                                  {o.nested, "--nested"}};
    for (const auto& [on, name] : flags)
        if (on) out.emplace_back(name);
    if (o.source != defaults.source) put(out, "--source", std::string(dataSources().name(o.source)));
    return out;
}

std::vector<std::string> optionWords(const AeDotOptions& o) {
    std::vector<std::string> out = optionWords(o.table);
    out.emplace_back("--dot-plot");
    put(out, "--arm", o.arm);
    put(out, "--control", o.control);
    if (o.measure != AeMeasure::RiskDifference) put(out, "--measure", std::string(aeMeasures().name(o.measure)));
    if (o.minPercent > 0) put(out, "--min-percent", optionNumber(o.minPercent));
    if (o.level != 0.95) put(out, "--conf-level", optionNumber(o.level));
    return out;
}

std::vector<std::string> optionWords(const LiverParams& p) {
    std::vector<std::string> out;
    put(out, "--alt", p.alt);
    put(out, "--ast", p.ast);
    put(out, "--bili", p.bili);
    put(out, "--alp", p.alp);
    return out;
}

std::vector<std::string> optionWords(const LiverOptions& o) {
    std::vector<std::string> out;
    const LiverOptions defaults;
    put(out, "--by", o.by);
    put(out, "--population", o.population);
    if (o.x != defaults.x) put(out, "--x", std::string(liverXs().name(o.x)));
    if (o.reference != defaults.reference) put(out, "--reference", std::string(liverReferences().name(o.reference)));
    if (o.xCut) put(out, "--x-cut", optionNumber(*o.xCut));
    if (o.yCut) put(out, "--y-cut", optionNumber(*o.yCut));
    const std::vector<std::string> params = optionWords(o.params);
    out.insert(out.end(), params.begin(), params.end());
    return out;
}

std::optional<TimeUnit> displayUnit(const Args& args) {
    auto u = args.value("--unit");
    if (!u) return std::nullopt;
    if (auto unit = parseTimeUnit(*u)) return unit;
    throw UsageError("--unit: expected " + timeUnits().expected() + ", got " + *u);
}

}  // namespace ts
