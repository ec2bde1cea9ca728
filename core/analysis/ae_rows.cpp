#include "core/analysis/ae_rows.h"

#include "core/analysis/ae_exposure.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/study_day.h"

namespace ts {

AeRows aeRows(const StudyData& study, const AeOptions& options) {
    if (study.aes.empty()) throw AnalysisError("study " + study.info.id + " has no subject-level adverse events");
    if (options.source == DataSource::Published)
        throw AnalysisError("study " + study.info.id +
                            ": the published counts are shown as published; there are no records to recompute");
    const Grouping g = groupSubjects(study, options.by, options.population);
    GroupLookup groupOf(study, g);
    AeRows out;
    out.groups = g.names;
    std::vector<bool> seen(study.subjects.size(), false);
    auto subjectRow = [&](std::size_t at) {
        const Subject& s = study.subjects[at];
        AeDataRow row;
        row.subject = s.usubjid;
        row.group = g.subjectGroup[at];
        row.exposed = treatmentDays(s);
        const std::string* dthfl = s.var("DTHFL");
        row.died = dthfl && *dthfl == "Y";
        return row;
    };
    for (const AdverseEvent& e : study.aes) {
        if (groupOf(e.usubjid) < 0) continue;
        const auto at = static_cast<std::size_t>(groupOf.position(e.usubjid));
        seen[at] = true;
        AeDataRow row = subjectRow(at);
        row.event = true;
        row.soc = e.bodsys;
        row.term = e.decod;
        row.severity = e.severity;
        row.grade = e.toxgr;
        row.related = e.related;
        row.serious = e.serious;
        row.emergent = e.trtemfl;
        row.action = e.action;
        row.outcome = e.outcome;
        row.fatal = e.death;
        const std::string* start = study.subjects[at].var("TRTSDT");
        if (start) row.onset = studyDay(e.astdt, *start);
        out.rows.push_back(std::move(row));
    }
    for (std::size_t i = 0; i < study.subjects.size(); ++i)
        if (g.subjectGroup[i] >= 0 && !seen[i]) out.rows.push_back(subjectRow(i));
    return out;
}

}  // namespace ts
