#include "core/analysis/lab_analysis.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/analysis/adsl_label.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/lab_point.h"
#include "core/analysis/lab_summary_default.h"
#include "core/analysis/option_tables.h"
#include "core/analysis/published_lab.h"
#include "core/stats/change.h"

namespace ts {

namespace {

// The value a record contributes on the requested scale; nullopt when it cannot be computed.
// Change uses CHG when delivered, else AVAL - BASE; percent change is 100 CHG / BASE.
std::optional<double> scaled(const LabRecord& r, LabScale scale) {
    if (scale == LabScale::Value) return r.aval;
    std::optional<double> change = r.chg;
    if (!change && r.aval) change = stats::changeFromBaseline(*r.aval, r.base);
    if (scale == LabScale::Change || !change) return change;
    if (!r.base || *r.base == 0) return std::nullopt;
    return 100.0 * *change / *r.base;
}

struct Visit {
    std::string name;
    std::optional<double> visitn;
    std::vector<double> days;                 // ADY of its records
    std::vector<std::vector<double>> values;  // per group
};

// Visits in AVISITN order; visits without AVISITN follow, by their median study day, then name.
std::vector<Visit*> ordered(std::map<std::string, Visit>& visits) {
    std::vector<Visit*> out;
    for (auto& [name, v] : visits) out.push_back(&v);
    auto key = [](const Visit* v) {
        return std::tuple(!v->visitn.has_value(), v->visitn.value_or(0), medianOf(v->days).value_or(0), v->name);
    };
    std::stable_sort(out.begin(), out.end(), [&](const Visit* a, const Visit* b) { return key(a) < key(b); });
    return out;
}

// Most common (low, high) reference range among the records.
void referenceRange(const std::vector<const LabRecord*>& recs, LabReport& rep) {
    std::map<std::pair<double, double>, int> counts;
    for (const LabRecord* r : recs)
        if (r->lo && r->hi) ++counts[{*r->lo, *r->hi}];
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best != counts.end()) {
        rep.refLow = best->first.first;
        rep.refHigh = best->first.second;
    }
}

// Calls add(record, group, value) for each of `recs` whose subject is in a group of `g` and that has
// a value on `scale`; returns how many were left out and, of those, how many for a zero baseline
// of a percent change.
struct LeftOut {
    int records = 0, zeroBase = 0;
};
template <class Add>
LeftOut eachValue(const StudyData& study, const Grouping& g, const std::vector<const LabRecord*>& recs, LabScale scale,
                  Add add) {
    LeftOut out;
    GroupLookup groupOf(study, g);
    for (const LabRecord* r : recs) {
        const int grp = groupOf(r->usubjid);
        const auto value = scaled(*r, scale);
        if (grp < 0 || !value) {
            ++out.records;
            out.zeroBase += grp >= 0 && scale == LabScale::PercentChange && r->base && *r->base == 0;
            continue;
        }
        add(*r, grp, *value);
    }
    return out;
}

void patientLevel(const StudyData& study, const std::vector<const LabRecord*>& recs, LabReport& rep) {
    const LabOptions& o = rep.options;
    const Grouping g = groupSubjects(study, o.by, o.population);
    rep.by = g.by;
    std::map<std::string, Visit> visits;
    std::map<std::string, SubjectSeries> series;
    const LeftOut left = eachValue(study, g, recs, o.scale, [&](const LabRecord& r, int grp, double value) {
        if (r.provenance != Provenance::Original) rep.provenance = r.provenance;
        Visit& v = visits[r.avisit];
        if (v.values.empty()) {
            v.name = r.avisit;
            v.values.resize(g.names.size());
        }
        if (!v.visitn) v.visitn = r.avisitn;
        if (r.ady) v.days.push_back(*r.ady);
        v.values[static_cast<size_t>(grp)].push_back(value);
        SubjectSeries& s = series[r.usubjid];
        s.usubjid = r.usubjid;
        s.group = grp;
        if (r.avisitn) {
            s.visitn.push_back(*r.avisitn);
            s.value.push_back(value);
        }
    });
    // A percent change from a baseline of 0 is undefined: say so rather than "no values".
    const std::string zeroNote = left.zeroBase > 0 ? " (" + std::to_string(left.zeroBase) +
                                                         " with BASE = 0: no percent change from a zero baseline)"
                                                   : "";
    if (visits.empty()) throw AnalysisError("no " + o.param + " values in the population" + zeroNote);
    if (left.records > 0)
        rep.notes.push_back(
            std::to_string(left.records) + " records outside the population or without a " +
            (o.scale == LabScale::Value ? std::string() : std::string(labScales().name(o.scale)) + " ") +
            "value were left out" + zeroNote);
    for (size_t k = 0; k < g.names.size(); ++k) rep.groups.push_back({g.names[k], g.colours[k], {}});
    const auto order = ordered(visits);
    for (size_t i = 0; i < order.size(); ++i) {
        const Visit& v = *order[i];
        rep.visits.push_back(v.name);
        const auto p = visitTest(v.values, *o.summary);
        const double visitn = v.visitn.value_or(static_cast<double>(i));
        for (size_t k = 0; k < g.names.size(); ++k) {
            LabPoint pt = summarise(v.values[k], *o.summary);
            pt.visit = v.name;
            pt.visitn = visitn;
            pt.time = medianOf(v.days);
            pt.pValue = p;
            if (!pt.note.empty()) rep.notes.push_back(v.name + ", " + g.names[k] + ": " + pt.note);
            if (pt.n > 0) rep.groups[k].points.push_back(std::move(pt));
        }
    }
    for (auto& [id, s] : series) rep.subjects.push_back(std::move(s));
    referenceRange(recs, rep);
}

}  // namespace

std::vector<std::pair<std::string, std::string>> labParameters(const StudyData& study) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    for (const auto& r : study.labs)
        if (seen.insert(r.paramcd).second) out.emplace_back(r.paramcd, r.param);
    for (const auto& s : study.labSummaries)
        if (seen.insert(s.paramcd).second) out.emplace_back(s.paramcd, s.param);
    return out;
}

std::vector<std::pair<std::string, std::string>> subjectLabParameters(const StudyData& study) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    const std::string* last = nullptr;
    for (const LabRecord& r : study.labs)
        if (!last || r.paramcd != *last) {
            if (seen.insert(r.paramcd).second) out.emplace_back(r.paramcd, r.param);
            last = &r.paramcd;
        }
    return out;
}

namespace {

// ADaM flags the analysis baseline with ABLFL, at times on an unscheduled pre-dose record. Such
// records are summarised at the visit where most baseline records sit (e.g. "Baseline"): copies with
// that visit replace them in `recs`. The returned vector owns the copies (its buffer, and so the
// pointers into it, survive the move out of this function).
std::vector<LabRecord> baselineAtOneVisit(std::vector<const LabRecord*>& recs) {
    std::map<std::pair<std::string, std::optional<double>>, int> visits;
    for (const LabRecord* r : recs)
        if (r->baseline) ++visits[{r->avisit, r->avisitn}];
    if (visits.size() < 2) return {};
    const auto mode = std::max_element(visits.begin(), visits.end(), [](const auto& a, const auto& b) {
                          return a.second < b.second;
                      })->first;
    std::vector<LabRecord> moved;
    moved.reserve(recs.size());
    for (const LabRecord*& r : recs)
        if (r->baseline && std::pair(r->avisit, r->avisitn) != mode) {
            moved.push_back(*r);
            moved.back().avisit = mode.first;
            moved.back().avisitn = mode.second;
            r = &moved.back();
        }
    return moved;
}

// The records of `param` summarised by visit, baselines at one visit.
struct Selection {
    std::vector<const LabRecord*> recs;
    std::vector<LabRecord> moved;  // owns the baseline copies some of recs point to
    int unscheduled = 0;           // records not by visit (DTYPE, ANL01FL)
};

Selection selectRecords(const StudyData& study, const std::string& param) {
    Selection out;
    for (const auto& r : study.labs) {
        if (r.paramcd != param) continue;
        if (r.byVisit) out.recs.push_back(&r);
        else ++out.unscheduled;
    }
    out.moved = baselineAtOneVisit(out.recs);
    return out;
}

}  // namespace

LabRows labRows(const StudyData& study, const LabOptions& options) {
    const Selection selected = selectRecords(study, options.param);
    if (selected.recs.empty())
        throw AnalysisError("study " + study.info.id + " has no patient-level " + options.param +
                            " values (published summaries are shown as published)");
    const Grouping g = groupSubjects(study, options.by, options.population);
    LabRows rows;
    rows.groups = g.names;
    eachValue(study, g, selected.recs, options.scale, [&rows](const LabRecord& r, int grp, double) {
        rows.group.push_back(grp);
        rows.visit.push_back(r.avisit);
        rows.aval.push_back(r.aval);
        rows.base.push_back(r.base);
        rows.chg.push_back(r.chg);
    });
    return rows;
}

LabReport analyseLabs(const StudyData& study, const LabOptions& options) {
    LabReport rep;
    rep.study = study.info.id;
    rep.param = options.param;
    rep.options = options;
    if (!rep.options.summary) rep.options.summary = defaultLabSummary(study, options.param);
    const Selection selected = selectRecords(study, options.param);
    const std::vector<const LabRecord*>& recs = selected.recs;
    if (selected.unscheduled > 0)
        rep.notes.push_back(
            std::to_string(selected.unscheduled) +
            " derived, unscheduled or non-analysis records (DTYPE, ANL01FL) are not summarised by visit");
    if (!selected.moved.empty())
        rep.notes.push_back(std::to_string(selected.moved.size()) +
                            " baseline records (ABLFL) from other visits are summarised at " +
                            selected.moved[0].avisit);
    if (!recs.empty()) {
        rep.paramLabel = recs.front()->param;
        rep.unit = recs.front()->unit;
        patientLevel(study, recs, rep);
        rep.byName = groupingName(study.info, rep.by);
        return rep;
    }
    std::vector<const LabSummary*> rows;
    for (const auto& s : study.labSummaries)
        if (s.paramcd == options.param) rows.push_back(&s);
    if (rows.empty()) {
        std::string known;
        for (const auto& p : labParameters(study)) known += (known.empty() ? "" : ", ") + p.first;
        throw AnalysisError("study " + study.info.id + " has no lab parameter " + options.param +
                            (known.empty() ? " (it has no lab data)" : " (parameters: " + known + ")"));
    }
    rep.paramLabel = rows.front()->param;
    rep.unit = rows.front()->unit;
    publishedLabs(study, rows, rep);
    rep.byName = rep.by.empty() ? std::string() : groupingName(study.info, rep.by);
    return rep;
}

}  // namespace ts
