// The JSON document of `trialscope-cli cuminc` (docs/competing-risks.md).
#include "core/analysis/option_tables.h"
#include "core/report/json_writer.h"
#include "core/report/report_json.h"

namespace ts {

namespace {

// A band bound, or null where survfit's is NA (an incidence of 0).
std::optional<double> bound(const stats::CifBand& b, bool upper) {
    if (!b.defined) return std::nullopt;
    return upper ? b.upper : b.lower;
}

void group(JsonWriter& w, const CompetingGroup& g, double level) {
    w.beginObject()
        .field("name", g.name)
        .field("colour", g.colour)
        .field("n", g.n)
        .field("events", g.events)
        .field("competing_events", g.competingEvents);
    if (!g.note.empty()) w.field("note", g.note);
    w.key("at").beginArray();
    for (const stats::CifAt& a : g.at)
        w.beginObject()
            .field("time", a.time)
            .field("cif", a.cif)
            .field("se", a.stdErr)
            .field("lower", bound(a.band, false))
            .field("upper", bound(a.band, true))
            .field("n_risk", a.nRisk)
            .endObject();
    w.endArray().key("steps").beginArray();
    const stats::AalenJohansenFit& f = g.fit;
    for (std::size_t j = 0; j < f.steps(); ++j) {
        const stats::CifBand band = stats::cifBand(f.incidenceAt(j, 1), f.stdErrAt(j, 1), level);
        w.beginObject()
            .field("time", f.time[j])
            .field("n_risk", f.nRisk[j])
            .field("n_event", f.nEvent[j * 2])
            .field("n_competing", f.nEvent[j * 2 + 1])
            .field("n_censor", f.nCensor[j])
            .field("cif", f.incidenceAt(j, 1))
            .field("se", f.stdErrAt(j, 1))
            .field("lower", bound(band, false))
            .field("upper", bound(band, true))
            .endObject();
    }
    w.endArray().endObject();
}

}  // namespace

std::string cumincJson(const CompetingReport& r) {
    JsonWriter w;
    w.beginObject()
        .field("study", r.study)
        .field("endpoint", r.endpoint)
        .field("endpoint_label", r.endpointLabel)
        .field("competing", r.competing)
        .field("competing_label", r.competingLabel)
        .field("time_unit", r.timeUnit)
        .field("by", r.by)
        .field("population", r.options.population)
        .field("conf_type", "log")
        .field("conf_level", r.options.level)
        .field("provenance", provenances().name(r.provenance));
    w.key("groups").beginArray();
    for (const CompetingGroup& g : r.groups) group(w, g, r.options.level);
    w.endArray().key("gray");
    if (r.gray && r.gray->defined)
        w.beginObject().field("chisq", r.gray->chisq).field("df", r.gray->df).field("p", r.gray->p).endObject();
    else w.null();
    w.key("notes").stringArray(r.notes);
    return w.endObject().str();
}

}  // namespace ts
