#include "core/analysis/competing_risks.h"

#include <algorithm>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/analysis/time_ticks.h"
#include "core/analysis/time_unit.h"
#include "core/stats/time_order.h"

namespace ts {

namespace {

// One row per analysable subject: time, cause (0 censored, 1 endpoint, 2 competing), group.
struct Rows {
    std::vector<double> time;
    std::vector<int> cause, group;
};

Rows combine(const TteColumns& endpoint, const TteColumns& competing, const Grouping& g,
             std::vector<std::string>& notes, Provenance& provenance) {
    const std::size_t subjects = g.subjectGroup.size();
    auto inStudy = [&](std::int32_t s) { return s >= 0 && static_cast<std::size_t>(s) < subjects; };
    // The competing record of each subject (time, event), by ADSL position.
    std::vector<double> otherTime(subjects, 0);
    std::vector<signed char> other(subjects, -1);  // -1 none, 0 censored, 1 event
    for (std::size_t r = 0; r < competing.aval.size(); ++r) {
        const std::int32_t s = competing.subject[r];
        if (!inStudy(s)) continue;
        otherTime[static_cast<std::size_t>(s)] = competing.aval[r];
        other[static_cast<std::size_t>(s)] = competing.cnsr[r] == 0 ? 1 : 0;
    }
    Rows rows;
    std::vector<bool> seen(subjects, false);
    int outside = 0;
    for (std::size_t r = 0; r < endpoint.aval.size(); ++r) {
        const std::int32_t s = endpoint.subject[r];
        const int k = inStudy(s) ? g.subjectGroup[static_cast<std::size_t>(s)] : -1;
        if (k < 0) {
            ++outside;
            continue;
        }
        const auto i = static_cast<std::size_t>(s);
        seen[i] = true;
        const double t1 = endpoint.aval[r];
        const bool event = endpoint.cnsr[r] == 0;
        double t = t1;
        int cause = event ? 1 : 0;
        if (other[i] == 1 && (event ? otherTime[i] < t1 : otherTime[i] <= t1)) {
            t = otherTime[i];
            cause = 2;
        }
        rows.time.push_back(t);
        rows.cause.push_back(cause);
        rows.group.push_back(k);
        provenance = std::max(provenance, endpoint.provenance[r]);
    }
    int orphans = 0;
    for (std::size_t r = 0; r < competing.aval.size(); ++r) {
        const std::int32_t s = competing.subject[r];
        if (inStudy(s) && g.subjectGroup[static_cast<std::size_t>(s)] >= 0 && !seen[static_cast<std::size_t>(s)])
            ++orphans;
    }
    if (outside > 0)
        notes.push_back(std::to_string(outside) + " " + endpoint.paramcd +
                        " records of subjects outside the population or without " + g.by + " were left out");
    if (orphans > 0)
        notes.push_back(std::to_string(orphans) + " subjects with a " + competing.paramcd + " record but no " +
                        endpoint.paramcd + " record were left out");
    return rows;
}

CompetingGroup fitGroup(const Rows& rows, int k, const Grouping& g, const CompetingOptions& o) {
    CompetingGroup out;
    out.name = g.names[static_cast<std::size_t>(k)];
    out.colour = g.colours[static_cast<std::size_t>(k)];
    std::vector<double> time;
    std::vector<int> cause;
    for (std::size_t i = 0; i < rows.time.size(); ++i)
        if (rows.group[i] == k) {
            time.push_back(rows.time[i]);
            cause.push_back(rows.cause[i]);
            out.events += rows.cause[i] == 1;
            out.competingEvents += rows.cause[i] == 2;
        }
    out.n = static_cast<int>(time.size());
    out.fit = stats::aalenJohansen(time, cause, 2);  // cause 2 present even without competing events
    out.at = stats::aalenJohansenAt(out.fit, 1, o.times, o.level);
    out.competingAt = stats::aalenJohansenAt(out.fit, 2, o.times, o.level);
    if (out.events == 0) out.note = "no " + o.endpoint + " events";
    return out;
}

}  // namespace

CompetingReport analyseCompetingRisks(const StudyInfo& info,
                                      const std::vector<std::pair<std::string, std::string>>& endpoints,
                                      const AdslColumns& adsl, const TteColumns* endpoint, const TteColumns* competing,
                                      const CompetingOptions& options) {
    if (!endpoint) throwNoEndpoint(info, endpoints, options.endpoint);
    if (!competing) throwNoEndpoint(info, endpoints, options.competing);
    if (options.endpoint == options.competing)
        throw AnalysisError("the competing event must be another endpoint than " + options.endpoint);
    if (!(options.level > 0 && options.level < 1)) throw AnalysisError("confidence level must be between 0 and 1");
    CompetingReport rep;
    rep.study = info.id;
    rep.endpoint = options.endpoint;
    rep.endpointLabel = endpoint->param;
    rep.competing = options.competing;
    rep.competingLabel = competing->param;
    rep.timeUnit = info.timeUnit;
    rep.options = options;
    const Grouping g = groupSubjects(info, adsl, options.by, options.population);
    rep.by = g.by;
    Rows rows = combine(*endpoint, *competing, g, rep.notes, rep.provenance);
    // survfit merges near-equal times over the whole sample before splitting it by group.
    rows.time = stats::mergeNearTimes(rows.time);
    if (rows.time.empty())
        throw AnalysisError("no " + options.endpoint + " records in the population" +
                            (options.population.empty() ? "" : " " + options.population + " = Y"));
    if (rep.options.times.empty()) {
        const TimeUnit unit = unitOfText(info.timeUnit);
        rep.options.times =
            columnTimes(*std::max_element(rows.time.begin(), rows.time.end()), unit, options.unit.value_or(unit));
    }
    std::vector<int> present(g.names.size(), 0);
    for (int k : rows.group) present[static_cast<std::size_t>(k)] = 1;
    for (std::size_t k = 0; k < g.names.size(); ++k) {
        if (present[k]) rep.groups.push_back(fitGroup(rows, static_cast<int>(k), g, rep.options));
        else rep.notes.push_back("group " + g.names[k] + " has no " + options.endpoint + " records");
    }
    if (rep.groups.size() >= 2) {
        rep.gray = stats::grayTest(rows.time, rows.cause, rows.group);
        if (!rep.gray->defined)
            rep.notes.push_back("Gray's test: not defined (no " + options.endpoint + " event, or a singular variance)");
    }
    return rep;
}

SurvivalReport incidenceReport(const CompetingReport& r, const SurvivalOptions& options) {
    SurvivalReport out;
    out.study = r.study;
    out.endpoint = r.endpoint;
    out.endpointLabel = r.endpointLabel;
    out.timeUnit = r.timeUnit;
    out.by = r.by;
    out.options = options;
    out.options.times = r.options.times;
    out.options.conf = stats::ConfType::Log;
    out.options.level = r.options.level;
    out.options.cumulativeIncidence = true;
    out.provenance = r.provenance;
    out.notes = r.notes;
    out.competing = CompetingPart{r.competing, r.competingLabel, r.gray};
    for (const CompetingGroup& g : r.groups) {
        SurvivalGroup s;
        s.name = g.name;
        s.colour = g.colour;
        s.note = g.note;
        s.competingEvents = g.competingEvents;
        s.fit.n = g.n;
        s.fit.events = g.events;
        s.fit.level = r.options.level;
        const stats::AalenJohansenFit& f = g.fit;
        for (std::size_t j = 0; j < f.steps(); ++j) {
            const double inc = f.incidenceAt(j, 1);
            const stats::CifBand band = stats::cifBand(inc, f.stdErrAt(j, 1), r.options.level);
            stats::KmStep step;
            step.time = f.time[j];
            step.nRisk = f.nRisk[j];
            step.nEvent = f.nEvent[j * 2];
            step.nCensor = f.nCensor[j];
            step.surv = 1 - inc;
            step.stdErr = f.stdErrAt(j, 1);  // of F itself here
            step.lower = band.defined ? 1 - band.upper : step.surv;
            step.upper = band.defined ? 1 - band.lower : step.surv;
            step.ciDefined = band.defined;
            s.fit.steps.push_back(step);
            s.competingIncidence.push_back(f.incidenceAt(j, 2));
        }
        for (const stats::CifAt& a : g.at) {
            stats::KmAt at;
            at.time = a.time;
            at.surv = 1 - a.cif;
            at.stdErr = a.stdErr;
            at.lower = a.band.defined ? 1 - a.band.upper : at.surv;
            at.upper = a.band.defined ? 1 - a.band.lower : at.surv;
            at.ciDefined = a.band.defined;
            at.nRisk = a.nRisk;
            at.eventsCum = a.eventsCum;
            at.censoredCum = a.censoredCum;
            s.at.push_back(at);
            s.competingCum.push_back(a.competingCum);
        }
        out.groups.push_back(std::move(s));
    }
    if (!out.groups.empty()) out.reference = out.groups.front().name;
    return out;
}

}  // namespace ts
