#include "core/analysis/survival_analysis.h"

#include <algorithm>
#include <set>

#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/time_ticks.h"
#include "core/stats/landmark.h"

namespace ts {

namespace {

// The analysable records of one endpoint: one row per ADTTE record of a subject in a group,
// group codes re-numbered 0..k-1 over the groups that have records.
struct SurvivalData {
    std::vector<double> time;
    std::vector<int> event;
    std::vector<int> group;
    std::vector<std::string> names, colours;
};

SurvivalData collect(const StudyData& study, const SurvivalOptions& o, const Grouping& g,
                     std::vector<std::string>& notes, Provenance& provenance) {
    std::vector<int> raw;
    std::vector<double> time;
    std::vector<int> event;
    int outside = 0;
    GroupLookup groupOf(study, g);
    for (const auto& r : study.tte) {
        if (r.paramcd != o.endpoint) continue;
        const int k = groupOf(r.usubjid);
        if (k < 0) {
            ++outside;
            continue;
        }
        time.push_back(r.aval);
        event.push_back(r.cnsr == 0 ? 1 : 0);
        raw.push_back(k);
        if (r.provenance != Provenance::Original) provenance = r.provenance;
    }
    if (outside > 0)
        notes.push_back(std::to_string(outside) + " records of subjects outside the population or without " + g.by +
                        " were left out");
    std::vector<int> code(g.names.size(), -1);
    SurvivalData d{std::move(time), std::move(event), {}, {}, {}};
    for (int k : std::set<int>(raw.begin(), raw.end())) {
        code[static_cast<size_t>(k)] = static_cast<int>(d.names.size());
        d.names.push_back(g.names[static_cast<size_t>(k)]);
        d.colours.push_back(g.colours[static_cast<size_t>(k)]);
    }
    for (size_t k = 0; k < g.names.size(); ++k)
        if (code[k] < 0) notes.push_back("group " + g.names[k] + " has no " + o.endpoint + " records");
    d.group.reserve(raw.size());
    for (int k : raw) d.group.push_back(code[static_cast<size_t>(k)]);
    return d;
}

// Kaplan–Meier, median and survival at `times` for each group of the rows given.
std::vector<SurvivalGroup> fitGroups(const SurvivalData& d, std::span<const double> time, std::span<const int> event,
                                     std::span<const int> group, const SurvivalOptions& o) {
    std::vector<SurvivalGroup> out;
    for (size_t k = 0; k < d.names.size(); ++k) {
        std::vector<double> t;
        std::vector<int> e;
        for (size_t i = 0; i < time.size(); ++i)
            if (group[i] == static_cast<int>(k)) {
                t.push_back(time[i]);
                e.push_back(event[i]);
            }
        SurvivalGroup s;
        s.name = d.names[k];
        s.colour = d.colours[k];
        s.fit = stats::kaplanMeier(t, e, {}, o.conf, o.level);
        s.median = stats::kmQuantile(s.fit, 0.5);
        s.at = stats::kmAt(s.fit, o.times);
        if (t.empty()) s.note = "no subjects";
        else if (s.fit.events == 0) s.note = "no events: median not reached";
        else if (!s.median.estimate) s.note = "median not reached";
        else if (!s.median.upper) s.note = "upper confidence limit of the median not reached";
        out.push_back(std::move(s));
    }
    return out;
}

int groupsWithRows(std::span<const int> group) {
    return static_cast<int>(std::set<int>(group.begin(), group.end()).size());
}

std::optional<stats::LogRankResult> logRankIfGroups(std::span<const double> time, std::span<const int> event,
                                                    std::span<const int> group) {
    if (groupsWithRows(group) < 2) return std::nullopt;
    return stats::logRank(time, event, group);
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

}  // namespace

std::vector<std::pair<std::string, std::string>> survivalEndpoints(const StudyData& study) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    for (const auto& r : study.tte)
        if (seen.insert(r.paramcd).second) out.emplace_back(r.paramcd, r.param);
    return out;
}

SurvivalReport analyseSurvival(const StudyData& study, const SurvivalOptions& options) {
    SurvivalReport rep;
    rep.study = study.info.id;
    rep.endpoint = options.endpoint;
    rep.timeUnit = study.info.timeUnit;
    rep.options = options;
    auto endpoints = survivalEndpoints(study);
    auto ep =
        std::find_if(endpoints.begin(), endpoints.end(), [&](const auto& e) { return e.first == options.endpoint; });
    if (ep == endpoints.end()) {
        std::string known;
        for (const auto& e : endpoints) known += (known.empty() ? "" : ", ") + e.first;
        throw AnalysisError(
            "study " + study.info.id + " has no time-to-event endpoint " + options.endpoint +
            (known.empty() ? " (it has no patient-level time-to-event data)" : " (endpoints: " + known + ")"));
    }
    if (!(options.level > 0 && options.level < 1)) throw AnalysisError("confidence level must be between 0 and 1");
    rep.endpointLabel = ep->second;

    const Grouping g = groupSubjects(study, options.by, options.population);
    rep.by = g.by;
    const SurvivalData d = collect(study, options, g, rep.notes, rep.provenance);
    if (d.time.empty())
        throw AnalysisError("no " + options.endpoint + " records in the population" +
                            (options.population.empty() ? "" : " " + options.population + " = Y"));

    int ref = 0;
    if (!options.reference.empty()) {
        auto it = std::find(d.names.begin(), d.names.end(), options.reference);
        if (it == d.names.end()) {
            auto k = findGroup(study.info, g, options.reference);
            if (k) it = std::find(d.names.begin(), d.names.end(), g.names[static_cast<size_t>(*k)]);
        }
        if (it == d.names.end()) throw AnalysisError("unknown reference group " + options.reference);
        ref = static_cast<int>(it - d.names.begin());
    }
    rep.reference = d.names[static_cast<size_t>(ref)];

    if (rep.options.times.empty()) {
        const TimeUnit data = unitOfText(study.info.timeUnit);
        rep.options.times =
            columnTimes(*std::max_element(d.time.begin(), d.time.end()), data, options.unit.value_or(data));
    }
    rep.groups = fitGroups(d, d.time, d.event, d.group, rep.options);
    rep.logrank = logRankIfGroups(d.time, d.event, d.group);
    if (d.names.size() < 2) return rep;

    const stats::CoxDesign design = stats::groupDesign(d.group, d.names, ref);
    rep.cox = stats::coxPh(d.time, d.event, design, {}, options.ties, options.level);
    if (!rep.cox->note.empty()) rep.notes.push_back("Cox model: " + rep.cox->note);

    // A trend test needs a numeric dose on every group's arm.
    std::vector<double> doses;
    for (const auto& name : d.names)
        if (const Arm* arm = armOfGroup(study.info, name); arm && arm->dose) doses.push_back(*arm->dose);
    if (doses.size() == d.names.size() && std::set<double>(doses.begin(), doses.end()).size() > 1)
        rep.trend = stats::logRankTrend(d.time, d.event, d.group, doses);

    if (options.landmark) {
        auto lm = stats::landmarkCox(d.time, d.event, design, *options.landmark, {}, options.ties, options.level);
        rep.before = landmarkPart(d, lm.before, rep.options);
        rep.after = landmarkPart(d, lm.after, rep.options);
    }
    return rep;
}

}  // namespace ts
