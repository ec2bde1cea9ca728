#include "core/analysis/ae_analysis.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "core/analysis/ae_row_test.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/published_ae.h"

namespace ts {

namespace {

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// AEREL as delivered -> "related" / "not related" / "unknown" (the usual CDISC causality terms:
// NONE, NOT RELATED, UNLIKELY, REMOTE count as not related; POSSIBLE, PROBABLE, RELATED... as related).
std::string relatedness(const std::string& aerel) {
    const std::string u = upper(aerel);
    if (u.empty()) return "unknown";
    for (const char* no : {"NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED"})
        if (u == no) return "not related";
    return "related";
}

// AETOXGR, else AESEV mapped mild = 1, moderate = 2, severe = 3 (noted in the report).
std::optional<int> gradeOf(const AdverseEvent& e, bool& fromSeverity) {
    if (e.toxgr) return e.toxgr;
    const std::string s = upper(e.severity);
    const int g = s == "MILD" ? 1 : s == "MODERATE" ? 2 : s == "SEVERE" ? 3 : 0;
    if (g == 0) return std::nullopt;
    fromSeverity = true;
    return g;
}

struct Cell {
    std::set<std::string> subjects;
    int events = 0;
};
using RowKey = std::tuple<std::string, std::string, std::optional<int>, std::string>;

// Which events the patient-level table counts: TRTEMFL = Y where the data flag it, serious ones only
// on request.
bool flaggedStudy(const StudyData& study) {
    return std::any_of(study.aes.begin(), study.aes.end(), [](const AdverseEvent& e) { return e.trtemfl.has_value(); });
}
bool counted(const AdverseEvent& e, bool flagged, const AeOptions& o) {
    return !(flagged && e.trtemfl != true) && !(o.seriousOnly && e.serious != true);
}
RowKey keyOf(const AdverseEvent& e, const AeOptions& o, bool& fromSeverity) {
    return {e.bodsys, o.level == AeLevel::Term ? e.decod : std::string(),
            o.byGrade ? gradeOf(e, fromSeverity) : std::nullopt, o.byRelated ? relatedness(e.related) : ""};
}

AeReport patientLevel(const StudyData& study, const AeOptions& o) {
    AeReport rep;
    const Grouping g = groupSubjects(study, o.by, o.population);
    rep.by = g.by;
    const size_t k = g.names.size();
    const std::vector<int>& n = g.sizes;
    const bool flagged = flaggedStudy(study);
    if (flagged) rep.notes.push_back("treatment-emergent events only (TRTEMFL = Y)");
    if (o.seriousOnly) rep.notes.push_back("serious events only (AESER = Y)");

    std::map<RowKey, std::vector<Cell>> rows;
    std::vector<Cell> totals(k);
    bool fromSeverity = false;
    GroupLookup groupOf(study, g);
    for (const auto& e : study.aes) {
        const int found = groupOf(e.usubjid);
        if (found < 0 || !counted(e, flagged, o)) continue;
        if (e.provenance != Provenance::Original) rep.provenance = e.provenance;
        const auto grp = static_cast<size_t>(found);
        auto& cells = rows[keyOf(e, o, fromSeverity)];
        cells.resize(k);
        cells[grp].subjects.insert(e.usubjid);
        ++cells[grp].events;
        totals[grp].subjects.insert(e.usubjid);
        ++totals[grp].events;
    }
    if (fromSeverity) rep.notes.push_back("grade from AESEV: mild = 1, moderate = 2, severe = 3");
    for (size_t j = 0; j < k; ++j)
        rep.groups.push_back(
            {g.names[j], g.colours[j], n[j], static_cast<int>(totals[j].subjects.size()), totals[j].events});
    for (const auto& [key, cells] : rows) {
        AeRow row{std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), {}, std::nullopt};
        for (size_t j = 0; j < k; ++j) {
            const int subjects = static_cast<int>(cells[j].subjects.size());
            std::optional<double> pct;
            if (n[j] > 0) pct = 100.0 * subjects / n[j];
            row.counts.push_back({g.names[j], subjects, cells[j].events, pct});
        }
        row.pValue = aeRowTest(row.counts, rep.groups);
        rep.rows.push_back(std::move(row));
    }
    return rep;
}

// Within a SOC the most frequent terms come first (by subjects summed over the term's rows, so
// the grade / relatedness rows of a term stay together); SOCs alphabetically.
void sortRows(std::vector<AeRow>& rows) {
    std::map<std::pair<std::string, std::string>, int> termTotal;
    for (const auto& r : rows)
        for (const auto& c : r.counts) termTotal[{r.soc, r.term}] += c.subjects.value_or(0);
    std::stable_sort(rows.begin(), rows.end(), [&](const AeRow& a, const AeRow& b) {
        if (a.soc != b.soc) return a.soc < b.soc;
        if (a.term != b.term) {
            const int ta = termTotal[{a.soc, a.term}], tb = termTotal[{b.soc, b.term}];
            return ta != tb ? ta > tb : a.term < b.term;
        }
        return std::tie(a.grade, a.related) < std::tie(b.grade, b.related);
    });
}

}  // namespace

AeReport analyseAdverseEvents(const StudyData& study, const AeOptions& options) {
    if (study.aes.empty() && study.aeCounts.empty())
        throw AnalysisError("study " + study.info.id + " has no adverse-event data");
    AeReport rep = study.aes.empty() ? publishedAdverseEvents(study, options) : patientLevel(study, options);
    rep.study = study.info.id;
    rep.options = options;
    sortRows(rep.rows);
    return rep;
}

std::vector<std::string> aeRowSubjects(const StudyData& study, const AeOptions& o, const AeRow& row) {
    const Grouping g = groupSubjects(study, o.by, o.population);
    const bool flagged = flaggedStudy(study);
    GroupLookup groupOf(study, g);
    const RowKey want{row.soc, row.term, row.grade, row.related};
    bool fromSeverity = false;
    std::set<std::string> ids;
    for (const AdverseEvent& e : study.aes)
        if (groupOf(e.usubjid) >= 0 && counted(e, flagged, o) && keyOf(e, o, fromSeverity) == want)
            ids.insert(e.usubjid);
    return {ids.begin(), ids.end()};
}

}  // namespace ts
