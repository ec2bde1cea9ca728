#include "core/report/report_json.h"

#include "core/analysis/option_tables.h"
#include "core/report/json_writer.h"

namespace ts {

namespace {

void notes(JsonWriter& w, const std::vector<std::string>& list) { w.key("notes").stringArray(list); }

// A note field only when there is something to say.
void note(JsonWriter& w, const std::string& text) {
    if (!text.empty()) w.field("note", text);
}

void kmGroup(JsonWriter& w, const SurvivalGroup& g) {
    w.beginObject().field("name", g.name).field("colour", g.colour).field("n", g.fit.n).field("events", g.fit.events);
    w.field("median", g.median.estimate).field("median_lower", g.median.lower).field("median_upper", g.median.upper);
    note(w, g.note);
    if (g.rmst)
        w.key("rmst")
            .beginObject()
            .field("tau", g.rmst->tau)
            .field("estimate", g.rmst->estimate)
            .field("se", g.rmst->stdErr)
            .field("lower", g.rmst->lower)
            .field("upper", g.rmst->upper)
            .endObject();
    w.key("at").beginArray();
    for (const auto& a : g.at)
        w.beginObject()
            .field("time", a.time)
            .field("surv", a.surv)
            .field("lower", a.lower)
            .field("upper", a.upper)
            .field("n_risk", a.nRisk)
            .field("events_cum", a.eventsCum)
            .field("censored_cum", a.censoredCum)
            .endObject();
    w.endArray().key("steps").beginArray();
    for (const auto& s : g.fit.steps)
        w.beginObject()
            .field("time", s.time)
            .field("n_risk", s.nRisk)
            .field("n_event", s.nEvent)
            .field("n_censor", s.nCensor)
            .field("surv", s.surv)
            .field("lower", s.lower)
            .field("upper", s.upper)
            .endObject();
    w.endArray().endObject();
}

void logrank(JsonWriter& w, const std::optional<stats::LogRankResult>& lr, const SurvivalOptions& o) {
    w.key("logrank");
    if (!lr) {
        w.null();
        return;
    }
    w.beginObject().field("chisq", lr->chisq).field("df", lr->df).field("p", lr->p);
    if (!o.strata.empty()) w.field("strata", o.strata);
    if (o.rho != 0 || o.gamma != 0) w.field("rho", o.rho).field("gamma", o.gamma);
    w.endObject();
}

// The p-values of a fit with no events carry no information: null.
std::optional<double> coxP(const stats::CoxFit& c, double p) {
    return c.status == stats::CoxStatus::NoEvents ? std::nullopt : std::optional<double>(p);
}

void cox(JsonWriter& w, const std::optional<stats::CoxFit>& c, const SurvivalReport& r) {
    w.key("cox");
    if (!c) {
        w.null();
        return;
    }
    w.beginObject().field("ties", r.options.ties == stats::Ties::Efron ? "efron" : "breslow");
    w.field("reference", r.reference).key("terms").beginArray();
    for (const auto& t : c->terms) {
        w.beginObject().field("group", t.name);
        auto usable = [&](double v) { return t.estimable ? std::optional<double>(v) : std::nullopt; };
        w.field("hr", usable(t.hr)).field("lower", usable(t.lower)).field("upper", usable(t.upper));
        w.field("p", usable(t.p));
        note(w, t.note);
        w.endObject();
    }
    w.endArray();
    w.field("lr_p", coxP(*c, c->lrP)).field("score_p", coxP(*c, c->scoreP)).field("wald_p", coxP(*c, c->waldP));
    note(w, c->note);
    w.endObject();
}

void groupsAndTests(JsonWriter& w, const std::vector<SurvivalGroup>& groups,
                    const std::optional<stats::LogRankResult>& lr, const std::optional<stats::CoxFit>& c,
                    const SurvivalReport& r) {
    w.key("groups").beginArray();
    for (const auto& g : groups) kmGroup(w, g);
    w.endArray();
    logrank(w, lr, r.options);
    cox(w, c, r);
}

void zphTest(JsonWriter& w, const stats::ZphTest& t) { w.field("chisq", t.chisq).field("df", t.df).field("p", t.p); }

// "ph_test": {"global": {chisq, df, p}, "terms": [{term, chisq, df, p}]}, null without a Cox model.
void phTest(JsonWriter& w, const std::optional<stats::CoxZph>& z) {
    w.key("ph_test");
    if (!z || !z->defined) {
        w.null();
        return;
    }
    w.beginObject().key("global").beginObject();
    zphTest(w, z->global);
    w.endObject().key("terms").beginArray();
    for (const stats::ZphTest& t : z->terms) {
        w.beginObject().field("term", t.term);
        zphTest(w, t);
        w.endObject();
    }
    w.endArray().endObject();
}

}  // namespace

std::string survivalJson(const SurvivalReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("endpoint", r.endpoint)
        .field("endpoint_label", r.endpointLabel)
        .field("time_unit", r.timeUnit)
        .field("by", r.by)
        .field("population", r.options.population)
        .field("conf_type", confTypes().name(r.options.conf))
        .field("conf_level", r.options.level)
        .field("provenance", provenances().name(r.provenance));
    groupsAndTests(w, r.groups, r.logrank, r.cox, r);
    w.key("trend");
    if (r.trend)
        w.beginObject().field("chisq", r.trend->chisq).field("z", r.trend->z).field("p", r.trend->p).endObject();
    else w.null();
    w.key("landmark");
    if (r.options.landmark && r.before && r.after) {
        w.beginObject().field("time", *r.options.landmark);
        for (const auto& [name, part] : {std::pair{"before", &*r.before}, std::pair{"after", &*r.after}}) {
            w.key(name).beginObject();
            groupsAndTests(w, part->groups, part->logrank, part->cox, r);
            w.endObject();
        }
        w.endObject();
    } else {
        w.null();
    }
    if (r.options.rmstTau) {
        w.key("rmst_diff").beginArray();
        for (const RmstContrast& c : r.rmstDiff)
            w.beginObject()
                .field("group", c.group)
                .field("reference", c.reference)
                .field("diff", c.diff)
                .field("lower", c.lower)
                .field("upper", c.upper)
                .field("p", c.p)
                .field("ratio", c.ratio)
                .field("ratio_lower", c.ratioLower)
                .field("ratio_upper", c.ratioUpper)
                .endObject();
        w.endArray();
    }
    if (r.options.phTest) phTest(w, r.phTest);
    if (r.options.pairwise) {
        w.key("pairwise").beginArray();
        for (const PairwiseTest& t : r.pairwise)
            w.beginObject()
                .field("a", t.a)
                .field("b", t.b)
                .field("chisq", t.chisq)
                .field("p", t.p)
                .field("p_adjusted", t.pAdjusted)
                .endObject();
        w.endArray();
    }
    notes(w, r.notes);
    return w.endObject().str();
}

std::string labJson(const LabReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("param", r.param)
        .field("param_label", r.paramLabel)
        .field("unit", r.unit)
        .field("by", r.by)
        .field("population", r.options.population)
        .field("summary", labSummaries().name(r.options.summary.value_or(LabSummaryKind::MeanSd)))
        .field("scale", labScales().name(r.options.scale))
        .field("ref_low", r.refLow)
        .field("ref_high", r.refHigh)
        .field("provenance", provenances().name(r.provenance))
        .field("source", r.source);
    w.key("groups").beginArray();
    for (const auto& g : r.groups) {
        w.beginObject().field("name", g.name).field("colour", g.colour).key("points").beginArray();
        for (const auto& p : g.points)
            w.beginObject()
                .field("visit", p.visit)
                .field("visitn", p.visitn)
                .field("time", p.time)
                .field("n", p.n)
                .field("center", p.center)
                .field("lower", p.lower)
                .field("upper", p.upper)
                .field("p", p.pValue)
                .endObject();
        w.endArray().endObject();
    }
    w.endArray();
    notes(w, r.notes);
    return w.endObject().str();
}

// "note": the notes in one line (the liver and shift contracts), and "notes" as every command has.
void noteLine(JsonWriter& w, const std::vector<std::string>& list) {
    std::string line;
    for (const std::string& n : list) line += (line.empty() ? "" : "; ") + n;
    note(w, line);
    notes(w, list);
}

std::string liverJson(const LiverReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("by", r.by)
        .field("population", r.population)
        .field("x", r.x)
        .field("y", r.y)
        .field("reference", liverReferences().name(r.reference));
    w.key("params")
        .beginObject()
        .field("alt", r.params.alt)
        .field("ast", r.params.ast)
        .field("bili", r.params.bili)
        .field("alp", r.params.alp)
        .endObject();
    w.key("cuts").beginObject().field("x", r.xCut).field("y", r.yCut).endObject();
    w.field("provenance", provenances().name(r.provenance));
    w.key("groups").beginArray();
    for (const LiverGroup& g : r.groups) {
        w.beginObject().field("name", g.name).field("colour", g.colour).field("n", g.n).key("quadrants").beginObject();
        for (const auto& q : quadrants().all()) w.field(q.name, g.quadrants[static_cast<size_t>(q.value)]);
        w.endObject().endObject();
    }
    w.endArray().key("subjects").beginArray();
    for (const LiverSubject& s : r.subjects) {
        w.beginObject()
            .field("usubjid", s.usubjid)
            .field("group", r.groups[s.group].name)
            .field("x_param", s.xParam)
            .field("x_peak", s.xPeak)
            .field("x_peak_day", s.xPeakDay)
            .field("y_peak", s.yPeak)
            .field("y_peak_day", s.yPeakDay)
            .field("alp_peak", s.alpPeak)
            .field("r_ratio", s.rRatio);
        if (s.pattern) w.field("pattern", liverPatterns().name(*s.pattern));
        else w.key("pattern").null();
        w.field("quadrant", quadrants().name(s.quadrant)).endObject();
    }
    w.endArray();
    noteLine(w, r.notes);
    return w.endObject().str();
}

std::string shiftJson(const ShiftReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("param", r.param)
        .field("param_label", r.paramLabel)
        .field("by", r.by)
        .field("population", r.options.population)
        .field("direction", shiftDirections().name(r.options.direction))
        .field("scale", shiftScales().name(r.options.scale))
        .field("provenance", provenances().name(r.provenance));
    w.key("groups").beginArray();
    for (size_t g = 0; g < r.groups.size(); ++g)
        w.beginObject().field("name", r.groups[g]).field("n", r.groupN[g]).endObject();
    w.endArray().key("rows").beginArray();
    for (const ShiftRow& row : r.rows)
        w.beginObject()
            .field("group", r.groups[row.group])
            .field("baseline", row.baseline)
            .field("worst", row.worst)
            .field("n", row.n)
            .field("percent", row.percent)
            .endObject();
    w.endArray();
    noteLine(w, r.notes);
    return w.endObject().str();
}

std::string profileJson(const SubjectProfile& p) {
    JsonWriter w;
    w.beginObject()
        .field("study", p.study)
        .field("usubjid", p.usubjid)
        .field("group", p.group)
        .field("time_unit", p.timeUnit);
    w.key("adsl").beginObject();
    for (const auto& [name, value] : p.adsl) w.field(name, value);
    w.endObject();
    w.key("treatment")
        .beginObject()
        .field("start", p.trtsdt)
        .field("end", p.trtedt)
        .field("start_day", 1)
        .field("end_day", p.treatmentEndDay)
        .endObject();
    w.key("liver_params")
        .beginObject()
        .field("alt", p.liver.alt)
        .field("ast", p.liver.ast)
        .field("bili", p.liver.bili)
        .field("alp", p.liver.alp)
        .endObject();
    w.key("labs").beginArray();
    for (const ProfileLab& l : p.labs)
        w.beginObject()
            .field("param", l.paramcd)
            .field("param_label", l.param)
            .field("unit", l.unit)
            .field("visit", l.visit)
            .field("day", l.day)
            .field("value", l.value)
            .field("uln", l.uln)
            .field("x_uln", l.xUln)
            .field("baseline", l.baseline)
            .endObject();
    w.endArray().key("aes").beginArray();
    for (const ProfileAe& e : p.aes)
        w.beginObject()
            .field("term", e.term)
            .field("soc", e.soc)
            .field("severity", e.severity)
            .field("grade", e.grade)
            .field("serious", e.serious)
            .field("related", e.related)
            .field("action", e.action)
            .field("outcome", e.outcome)
            .field("death", e.death)
            .field("start_day", e.startDay)
            .field("end_day", e.endDay)
            .endObject();
    w.endArray().key("outcomes").beginArray();
    for (const ProfileOutcome& o : p.outcomes)
        w.beginObject()
            .field("param", o.paramcd)
            .field("param_label", o.param)
            .field("time", o.time)
            .field("event", o.event)
            .endObject();
    w.endArray();
    return w.endObject().str();
}

namespace {

void severityCounts(JsonWriter& w, const std::vector<AeSeverityCount>& counts) {
    w.beginArray();
    for (const AeSeverityCount& c : counts)
        w.beginObject()
            .field("group", c.group)
            .field("severity", c.severity)
            .field("subjects", c.subjects)
            .field("percent", c.percent)
            .endObject();
    w.endArray();
}

// One group's (or the total's) subjects, events, percent and, with rates, its EAIR.
void aeCell(JsonWriter& w, const AeCell& c) {
    w.beginObject().field("group", c.group).field("subjects", c.subjects).field("events", c.events);
    w.field("percent", c.percent);
    if (c.eair)
        w.key("eair")
            .beginObject()
            .field("subjects", c.eair->subjects)
            .field("patient_years", c.eair->patientYears)
            .field("per_100py", c.eair->per100py)
            .field("lower", c.eair->lower)
            .field("upper", c.eair->upper)
            .endObject();
    w.endObject();
}

// Subjects with any event and events of one group, or of the total (withN: and its subjects).
void groupTotal(JsonWriter& w, const AeGroupTotal& g, bool withN = false) {
    w.beginObject().field("group", g.name);
    if (withN) w.field("n", g.n);
    w.field("subjects", g.subjects).field("events", g.events).endObject();
}

}  // namespace

std::string aeJson(const AeReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("by", r.by)
        .field("population", r.options.population)
        .field("level", aeLevels().name(r.options.level))
        .field("provenance", provenances().name(r.provenance))
        .field("source", r.source);
    w.key("groups").beginArray();
    for (const auto& g : r.groups)
        w.beginObject().field("name", g.name).field("colour", g.colour).field("n", g.n).endObject();
    w.endArray().key("rows").beginArray();
    for (const auto& row : r.rows) {
        w.beginObject().field("soc", row.soc).field("term", row.term).field("grade", row.grade);
        w.field("related", row.related).key("counts").beginArray();
        for (const auto& c : row.counts) aeCell(w, c);
        w.endArray().field("p", row.pValue);
        if (row.total) aeCell(w.key("total"), *row.total);
        if (r.options.highest) severityCounts(w.key("highest"), row.highest);
        w.endObject();
    }
    w.endArray().key("totals").beginArray();
    for (const auto& g : r.groups) groupTotal(w, g);
    w.endArray();
    if (r.total) groupTotal(w.key("total"), *r.total, true);
    if (r.options.overview) {
        w.key("overview").beginArray();
        for (const AeOverviewRow& o : r.overview)
            w.beginObject()
                .field("group", o.group)
                .field("n", o.n)
                .field("any", o.any)
                .field("serious", o.serious)
                .field("related", o.related)
                .field("severe", o.severe)
                .field("discontinued", o.discontinued)
                .field("fatal", o.fatal)
                .field("deaths", o.deaths)
                .endObject();
        w.endArray();
    }
    if (r.options.highest) severityCounts(w.field("highest_scale", r.severityScale).key("highest"), r.highest);
    notes(w, r.notes);
    return w.endObject().str();
}

std::string studiesJson(const std::vector<StudySummary>& studies) {
    JsonWriter w;
    w.beginArray();
    for (const auto& s : studies) {
        std::vector<std::string> arms;
        for (const auto& a : s.info.arms) arms.push_back(a.label.empty() ? a.code : a.label);
        w.beginObject()
            .field("study", s.info.id)
            .field("title", s.info.title)
            .field("citation", s.info.citation)
            .field("doi", s.info.doi)
            .field("registry", s.info.registry)
            .field("subjects", s.subjects);
        w.key("arms").stringArray(arms).key("populations").stringArray(s.info.populationFlags);
        w.key("endpoints").stringArray(s.endpoints).key("lab_params").stringArray(s.labParams);
        w.field("ae_records", s.aeRecords).field("provenance", provenances().name(s.info.provenance));
        w.key("dataset_provenances").stringArray(s.provenances);
        w.field("time_unit", s.info.timeUnit).field("imported_at", s.importedAt);
        w.field("data_sha256", s.info.dataSha256).endObject();
    }
    return w.endArray().str();
}

std::string importJson(const std::vector<ImportSummary>& imported) {
    JsonWriter w;
    w.beginObject().key("imported").beginArray();
    for (const auto& s : imported) {
        w.beginObject()
            .field("study", s.study)
            .field("subjects", s.subjects)
            .field("tte_records", s.tteRecords)
            .field("lab_records", s.labRecords)
            .field("ae_records", s.aeRecords)
            .field("aggregate_rows", s.aggregateRows);
        w.key("warnings").stringArray(s.warnings).endObject();
    }
    return w.endArray().endObject().str();
}

}  // namespace ts
