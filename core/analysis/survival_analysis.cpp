#include "core/analysis/survival_analysis.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <set>

#include "core/analysis/adsl_label.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/competing_risks.h"
#include "core/analysis/grouping.h"
#include "core/analysis/study_columns.h"
#include "core/analysis/time_ticks.h"
#include "core/stats/landmark.h"
#include "core/stats/normal.h"
#include "core/stats/pairwise_log_rank.h"
#include "core/stats/time_order.h"

namespace ts {

// The store's time order of large endpoints changes no result only where the kernels sort stably.
static_assert(kTimeOrderedFrom == stats::kRadixSortFrom);

// Rows from which the Cox fit runs beside the curves (see analyseSurvival).
constexpr std::size_t kConcurrentFrom = 50000;
constexpr std::size_t kPrefetch = 16;  // rows ahead (collect)

namespace {

// The analysable records of one endpoint: one row per ADTTE record of a subject in a group,
// group codes re-numbered 0..k-1 over the groups that have records.
struct SurvivalData {
    std::vector<double> time;
    std::vector<int> event;
    std::vector<int> group;
    std::vector<int> stratum;  // per row, with options.strata; else empty
    std::vector<std::string> names, colours;
};

// Puts large samples in time order, once: every kernel after this (KM per group, log-rank, Cox,
// landmark) orders its rows by time, and orderByTime passes over input already in order (see
// time_order.h). The order is the stable one each kernel would have found, so results are the same
// to the bit. Small samples keep record order (their kernels sort with std::sort).
void inTimeOrder(SurvivalData& d) {
    if (d.time.size() < stats::kRadixSortFrom || stats::isTimeOrdered(d.time)) return;  // the store keeps them so
    const stats::TimeOrder order = stats::orderByTime(d.time);
    std::vector<double> time(d.time.size());
    std::vector<int> event(d.time.size()), group(d.time.size()), stratum(d.stratum.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        time[i] = d.time[order[i].row];
        event[i] = d.event[order[i].row];
        group[i] = d.group[order[i].row];
        if (!stratum.empty()) stratum[i] = d.stratum[order[i].row];
    }
    d.time = std::move(time);
    d.event = std::move(event);
    d.group = std::move(group);
    d.stratum = std::move(stratum);
}

SurvivalData collect(const TteColumns& tte, const SurvivalOptions& o, const Grouping& g, const CodedColumn* strata,
                     std::vector<std::string>& notes, Provenance& provenance) {
    std::vector<int> raw;
    std::vector<double> time;
    std::vector<int> event, stratum;
    // Room for every record at once: grown by doubling, the vectors of 10^6 rows were copied and
    // their fresh pages faulted in several times over.
    raw.reserve(tte.aval.size());
    time.reserve(tte.aval.size());
    event.reserve(tte.aval.size());
    if (strata) stratum.reserve(tte.aval.size());
    int outside = 0, unstratified = 0;
    const std::size_t n = tte.aval.size();
    for (std::size_t r = 0; r < n; ++r) {
        // A large endpoint is in time order, its subjects at random: the lookups of each row's group
        // (and stratum) miss the cache unless asked for a few rows ahead (a third of this loop).
        if (r + kPrefetch < n) {
            const std::int32_t ahead = tte.subject[r + kPrefetch];
            if (ahead >= 0 && static_cast<std::size_t>(ahead) < g.subjectGroup.size()) {
                __builtin_prefetch(g.subjectGroup.data() + ahead);
                if (strata && static_cast<std::size_t>(ahead) < strata->codes.size())
                    __builtin_prefetch(strata->codes.data() + ahead);
            }
        }
        const std::int32_t at = tte.subject[r];
        const int k = at >= 0 && static_cast<std::size_t>(at) < g.subjectGroup.size()
                          ? g.subjectGroup[static_cast<std::size_t>(at)]
                          : -1;
        if (k < 0) {
            ++outside;
            continue;
        }
        if (strata) {  // survdiff and coxph leave out rows without a stratum
            const std::int32_t s =
                static_cast<std::size_t>(at) < strata->codes.size() ? strata->codes[static_cast<std::size_t>(at)] : -1;
            if (s < 0) {
                ++unstratified;
                continue;
            }
            stratum.push_back(s);
        }
        time.push_back(tte.aval[r]);
        event.push_back(tte.cnsr[r] == 0 ? 1 : 0);
        raw.push_back(k);
        // The report says the least original provenance among its records (Illustrative over
        // PublishedAggregate over Reconstructed), whatever their order.
        provenance = std::max(provenance, tte.provenance[r]);
    }
    if (outside > 0)
        notes.push_back(std::to_string(outside) + " records of subjects outside the population or without " + g.by +
                        " were left out");
    if (unstratified > 0)
        notes.push_back(std::to_string(unstratified) + " records of subjects without " + o.strata + " were left out");
    std::vector<int> code(g.names.size(), -1);
    SurvivalData d{std::move(time), std::move(event), {}, std::move(stratum), {}, {}};
    std::vector<bool> present(g.names.size(), false);
    for (int k : raw) present[static_cast<size_t>(k)] = true;
    for (size_t k = 0; k < present.size(); ++k) {
        if (!present[k]) continue;
        code[k] = static_cast<int>(d.names.size());
        d.names.push_back(g.names[k]);
        d.colours.push_back(g.colours[k]);
    }
    for (size_t k = 0; k < g.names.size(); ++k)
        if (code[k] < 0) notes.push_back("group " + g.names[k] + " has no " + o.endpoint + " records");
    for (int& k : raw) k = code[static_cast<size_t>(k)];  // in place: one vector of n, not two
    d.group = std::move(raw);
    inTimeOrder(d);
    return d;
}

// The ADSL variable to stratify by; nullptr for none; AnalysisError when the study lacks it.
const CodedColumn* strataColumn(const SurvivalSlice& slice, const std::string& variable) {
    if (variable.empty()) return nullptr;
    const CodedColumn* column = slice.adsl.find(variable);
    if (!column)
        throw AnalysisError("study " + slice.info.id + " has no ADSL variable " + variable + " to stratify by");
    return column;
}

// Kaplan–Meier, median and survival at `times` for each group of the rows given.
std::vector<SurvivalGroup> fitGroups(const SurvivalData& d, std::span<const double> time, std::span<const int> event,
                                     std::span<const int> group, const SurvivalOptions& o) {
    // The rows split by group in one pass (each group's rows keep their order): a pass per group
    // mispredicted its test on every row of a randomised sample.
    const std::size_t groups = d.names.size();
    std::vector<std::vector<double>> times(groups);
    std::vector<std::vector<int>> events(groups);
    std::vector<std::size_t> rows(groups, 0);
    for (int k : group) ++rows[static_cast<size_t>(k)];
    for (size_t k = 0; k < groups; ++k) {
        times[k].resize(rows[k]);
        events[k].resize(rows[k]);
        rows[k] = 0;
    }
    for (size_t i = 0; i < time.size(); ++i) {
        const auto k = static_cast<size_t>(group[i]);
        times[k][rows[k]] = time[i];
        events[k][rows[k]++] = event[i];
    }
    std::vector<SurvivalGroup> out;
    for (size_t k = 0; k < groups; ++k) {
        const std::vector<double>& t = times[k];
        const std::vector<int>& e = events[k];
        SurvivalGroup s;
        s.name = d.names[k];
        s.colour = d.colours[k];
        s.fit = stats::kaplanMeier(t, e, {}, o.conf, o.level);
        s.median = stats::kmQuantile(s.fit, 0.5);
        s.at = stats::kmAt(s.fit, o.times);
        if (o.rmstTau && !t.empty()) s.rmst = stats::rmst(s.fit, *o.rmstTau, o.level);
        if (t.empty()) s.note = "no subjects";
        else if (s.fit.events == 0) s.note = "no events: median not reached";
        else if (!s.median.estimate) s.note = "median not reached";
        else if (!s.median.upper) s.note = "upper confidence limit of the median not reached";
        out.push_back(std::move(s));
    }
    return out;
}

int groupsWithRows(std::span<const int> group) {
    std::vector<bool> seen;
    int distinct = 0;
    for (int g : group) {
        if (static_cast<std::size_t>(g) >= seen.size()) seen.resize(static_cast<std::size_t>(g) + 1, false);
        if (!seen[static_cast<std::size_t>(g)]) {
            seen[static_cast<std::size_t>(g)] = true;
            ++distinct;
        }
    }
    return distinct;
}

std::optional<stats::LogRankResult> logRankIfGroups(std::span<const double> time, std::span<const int> event,
                                                    std::span<const int> group, std::span<const int> strata = {},
                                                    double rho = 0, double gamma = 0) {
    if (groupsWithRows(group) < 2) return std::nullopt;
    return stats::logRank(time, event, group, strata, rho, gamma);
}

LandmarkPart landmarkPart(const SurvivalData& d, const stats::LandmarkCoxPart& part, const SurvivalOptions& o) {
    std::vector<int> group;
    for (int row : part.rows) group.push_back(d.group[static_cast<size_t>(row)]);
    LandmarkPart p;
    p.groups = fitGroups(d, part.time, part.event, group, o);
    p.logrank = logRankIfGroups(part.time, part.event, group);
    if (groupsWithRows(group) >= 2) p.cox = part.cox;
    return p;
}

// Each group's RMST against the reference group's (survRM2::rmst2's contrasts).
std::vector<RmstContrast> rmstContrasts(const std::vector<SurvivalGroup>& groups, int ref, double level) {
    std::vector<RmstContrast> out;
    const SurvivalGroup& r = groups[static_cast<size_t>(ref)];
    if (!r.rmst) return out;
    const double z = stats::normalQuantile(0.5 + level / 2);
    for (const SurvivalGroup& g : groups) {
        if (&g == &r || !g.rmst) continue;
        RmstContrast c{g.name, r.name};
        const double se = std::hypot(g.rmst->stdErr, r.rmst->stdErr);
        c.diff = g.rmst->estimate - r.rmst->estimate;
        c.lower = c.diff - z * se;
        c.upper = c.diff + z * se;
        c.p = se > 0 ? stats::normalTwoSidedP(c.diff / se) : 1.0;
        const double logRatio = std::log(g.rmst->estimate / r.rmst->estimate);
        const double seLog = std::hypot(g.rmst->stdErr / g.rmst->estimate, r.rmst->stdErr / r.rmst->estimate);
        c.ratio = std::exp(logRatio);
        c.ratioLower = std::exp(logRatio - z * seLog);
        c.ratioUpper = std::exp(logRatio + z * seLog);
        out.push_back(c);
    }
    return out;
}

// cox.zph of the group model: one term (the grouping variable) with a column per non-reference group.
stats::CoxZph phTest(const SurvivalData& d, const stats::CoxDesign& design, const stats::CoxFit& fit,
                     const std::string& by, stats::Ties ties) {
    std::vector<double> coef;
    stats::ZphTerm term{by, {}};
    for (std::size_t j = 0; j < fit.terms.size(); ++j) {
        coef.push_back(fit.terms[j].estimable ? fit.terms[j].coef : std::nan(""));
        term.columns.push_back(static_cast<int>(j));
    }
    return stats::coxZph(d.time, d.event, design, d.stratum, coef, ties, {term});
}

// The Cox fit of the group design and, when asked, its PH test (which needs the fitted coefficients).
struct CoxPart {
    stats::CoxDesign design;
    stats::CoxFit fit;
    std::optional<stats::CoxZph> zph;
};

}  // namespace

void throwNoEndpoint(const StudyInfo& info, const std::vector<std::pair<std::string, std::string>>& endpoints,
                     const std::string& code) {
    std::string known;
    for (const auto& e : endpoints) known += (known.empty() ? "" : ", ") + e.first;
    throw AnalysisError(
        "study " + info.id + " has no time-to-event endpoint " + code +
        (known.empty() ? " (it has no patient-level time-to-event data)" : " (endpoints: " + known + ")"));
}

std::vector<std::string> survivalInputs(const SurvivalOptions& options) {
    std::vector<std::string> names = groupingInputs(options.by, options.population);
    if (!options.strata.empty()) names.push_back(options.strata);
    return names;
}

std::vector<std::pair<std::string, std::string>> survivalEndpoints(const StudyData& study) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    for (const auto& r : study.tte)
        if (seen.insert(r.paramcd).second) out.emplace_back(r.paramcd, r.param);
    return out;
}

std::string defaultEndpoint(const std::vector<std::pair<std::string, std::string>>& endpoints) {
    for (const auto& e : endpoints)
        if (e.first == "OS") return e.first;
    return endpoints.empty() ? std::string() : endpoints.front().first;
}

SurvivalRows survivalRows(const StudyData& study, const SurvivalOptions& options) {
    SurvivalOptions o = options;
    if (o.endpoint.empty()) o.endpoint = defaultEndpoint(survivalEndpoints(study));
    const SurvivalSlice slice = survivalSlice(study, o.endpoint, survivalInputs(o));
    if (!slice.tte) throwNoEndpoint(slice.info, slice.endpoints, o.endpoint);
    const Grouping g = groupSubjects(slice.info, slice.adsl, o.by, o.population);
    const CodedColumn* strata = strataColumn(slice, o.strata);
    std::vector<std::string> notes;
    Provenance provenance = Provenance::Original;
    SurvivalData d = collect(*slice.tte, o, g, strata, notes, provenance);
    return {std::move(d.names), strata ? strata->levels : std::vector<std::string>{},
            std::move(d.group), std::move(d.stratum),
            std::move(d.event), std::move(d.time)};
}

SurvivalReport analyseSurvival(const StudyData& study, const SurvivalOptions& options) {
    SurvivalOptions o = options;
    if (o.endpoint.empty()) o.endpoint = defaultEndpoint(survivalEndpoints(study));
    SurvivalSlice slice = survivalSlice(study, o.endpoint, survivalInputs(o));
    if (!o.competing.empty()) slice.competing = survivalSlice(study, o.competing, {}).tte;
    return analyseSurvival(slice, o);
}

SurvivalReport analyseSurvival(const SurvivalSlice& slice, const SurvivalOptions& options) {
    const StudyInfo& info = slice.info;
    SurvivalReport rep;
    rep.study = info.id;
    rep.endpoint = options.endpoint;
    rep.timeUnit = info.timeUnit;
    rep.options = options;
    if (!slice.tte) throwNoEndpoint(info, slice.endpoints, options.endpoint);
    if (!(options.level > 0 && options.level < 1)) throw AnalysisError("confidence level must be between 0 and 1");
    rep.endpointLabel = slice.tte->param;
    if (!options.competing.empty()) {
        const CompetingOptions c{options.endpoint, options.competing, options.by,   options.population,
                                 options.times,    options.unit,      options.level};
        SurvivalReport incidence = incidenceReport(
            analyseCompetingRisks(info, slice.endpoints, slice.adsl, slice.tte.get(), slice.competing.get(), c),
            options);
        incidence.byName = groupingName(info, incidence.by);
        return incidence;
    }

    const Grouping g = groupSubjects(info, slice.adsl, options.by, options.population);
    rep.by = g.by;
    rep.byName = groupingName(info, g.by);
    const CodedColumn* strata = strataColumn(slice, options.strata);
    if (!(options.rho >= 0 && options.gamma >= 0)) throw AnalysisError("rho and gamma must be >= 0");
    if (options.rmstTau && !(*options.rmstTau > 0)) throw AnalysisError("the RMST horizon tau must be positive");
    const SurvivalData d = collect(*slice.tte, options, g, strata, rep.notes, rep.provenance);
    if (d.time.empty())
        throw AnalysisError("no " + options.endpoint + " records in the population" +
                            (options.population.empty() ? "" : " " + options.population + " = Y"));

    int ref = 0;
    if (!options.reference.empty()) {
        auto it = std::find(d.names.begin(), d.names.end(), options.reference);
        if (it == d.names.end()) {
            auto k = findGroup(info, g, options.reference);
            if (k) it = std::find(d.names.begin(), d.names.end(), g.names[static_cast<size_t>(*k)]);
        }
        if (it == d.names.end()) throw AnalysisError("unknown reference group " + options.reference);
        ref = static_cast<int>(it - d.names.begin());
    }
    rep.reference = d.names[static_cast<size_t>(ref)];

    if (rep.options.times.empty()) {
        const TimeUnit data = unitOfText(info.timeUnit);
        rep.options.times =
            columnTimes(*std::max_element(d.time.begin(), d.time.end()), data, options.unit.value_or(data));
    }
    // The Cox fit (and its PH test) reads the rows only, as the curves and the log-rank test do: on a
    // large sample it runs on a second thread meanwhile (the results do not depend on it; a small one
    // is not worth a thread).
    // Its design is made there too: on the first thread it held the curves back by 5 ms at 10^6.
    const bool compare = d.names.size() >= 2;
    auto fitCox = [&] {
        CoxPart c;
        c.design = stats::groupDesign(d.group, d.names, ref);
        c.fit = stats::coxPh(d.time, d.event, c.design, d.stratum, options.ties, options.level);
        if (options.phTest) c.zph = phTest(d, c.design, c.fit, g.by, options.ties);
        return c;
    };
    std::future<CoxPart> cox;
    if (compare && d.time.size() >= kConcurrentFrom) cox = std::async(std::launch::async, fitCox);
    rep.groups = fitGroups(d, d.time, d.event, d.group, rep.options);
    rep.logrank = logRankIfGroups(d.time, d.event, d.group, d.stratum, options.rho, options.gamma);
    if (options.rmstTau) rep.rmstDiff = rmstContrasts(rep.groups, ref, options.level);
    if (options.pairwise && groupsWithRows(d.group) >= 2)
        for (const stats::PairwiseResult& pr :
             stats::pairwiseLogRank(d.time, d.event, d.group, d.stratum, options.rho, options.gamma, *options.pairwise))
            rep.pairwise.push_back({d.names[static_cast<size_t>(pr.groupA)], d.names[static_cast<size_t>(pr.groupB)],
                                    pr.chisq, pr.p, pr.pAdjusted});
    if (!compare) return rep;
    CoxPart part = cox.valid() ? cox.get() : fitCox();
    const stats::CoxDesign design = std::move(part.design);
    rep.cox = std::move(part.fit);
    rep.phTest = std::move(part.zph);
    if (!rep.cox->note.empty()) rep.notes.push_back("Cox model: " + rep.cox->note);
    if (rep.phTest && !rep.phTest->defined)
        rep.notes.push_back("proportional hazards test: not defined (no events, or a singular information)");

    // A trend test needs a numeric dose on every group's arm.
    std::vector<double> doses;
    for (const auto& name : d.names)
        if (const Arm* arm = armOfGroup(info, name); arm && arm->dose) doses.push_back(*arm->dose);
    if (doses.size() == d.names.size() && std::set<double>(doses.begin(), doses.end()).size() > 1)
        rep.trend = stats::logRankTrend(d.time, d.event, d.group, doses, d.stratum, options.rho, options.gamma);

    if (options.landmark) {
        auto lm = stats::landmarkCox(d.time, d.event, design, *options.landmark, {}, options.ties, options.level);
        rep.before = landmarkPart(d, lm.before, rep.options);
        rep.after = landmarkPart(d, lm.after, rep.options);
    }
    return rep;
}

}  // namespace ts
