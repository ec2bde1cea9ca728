#include "core/analysis/ae_event.h"

#include <unordered_map>

#include "core/analysis/ae_exposure.h"
#include "core/analysis/ae_filters.h"
#include "core/analysis/analysis_error.h"

namespace ts {

std::string aeEventCode() { return "FIRST_AE"; }

StudyData aeEventStudy(const StudyData& study, const AeEvent& event) {
    if (study.aes.empty()) throw AnalysisError("study " + study.info.id + " has no subject-level adverse events");
    const bool flagged = flaggedStudy(study.aes);
    // The first matching onset per subject; "" when a matching event has no date (then left out).
    std::unordered_map<std::string_view, std::string> first;
    for (const AdverseEvent& e : study.aes) {
        if ((flagged && e.trtemfl != true) || (!event.soc.empty() && e.bodsys != event.soc) ||
            (!event.term.empty() && e.decod != event.term))
            continue;
        auto [it, fresh] = first.try_emplace(e.usubjid, e.astdt);
        if (!fresh && !it->second.empty() && (e.astdt.empty() || e.astdt < it->second)) it->second = e.astdt;
    }
    if (first.empty() && (!event.soc.empty() || !event.term.empty()))
        throw AnalysisError("study " + study.info.id + " has no " + (flagged ? "treatment-emergent " : "") +
                            "adverse event " +
                            (event.term.empty() ? "in SOC '" + event.soc + "'" : "'" + event.term + "'"));
    StudyData out;
    out.info = study.info;
    out.info.timeUnit = "days";
    out.subjects = study.subjects;
    const std::string what = !event.term.empty() ? event.term : !event.soc.empty() ? event.soc : "adverse event";
    const std::string label = "Time to first " + what;
    for (const Subject& s : study.subjects) {
        const std::optional<double> treated = treatmentDays(s);
        if (!treated) continue;
        const auto it = first.find(s.usubjid);
        if (it != first.end() && it->second.empty()) continue;  // an event without an onset date
        const std::optional<double> onset = it == first.end() ? std::nullopt : daysAtRisk(s, it->second);
        const bool within = onset && *onset <= *treated;
        out.tte.push_back(
            {s.usubjid, aeEventCode(), label, within ? *onset : *treated, within ? 0 : 1, Provenance::Original});
    }
    if (out.tte.empty())
        throw AnalysisError("study " + study.info.id + " has no subject with treatment exposure (TRTSDT, TRTDURD)");
    return out;
}

}  // namespace ts
