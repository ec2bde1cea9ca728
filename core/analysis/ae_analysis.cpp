#include "core/analysis/ae_analysis.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/analysis/ae_exposure.h"
#include "core/analysis/ae_filters.h"
#include "core/analysis/ae_nested.h"
#include "core/analysis/ae_overview.h"
#include "core/analysis/ae_row_test.h"
#include "core/analysis/ae_severity.h"
#include "core/analysis/ae_total.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/published_ae.h"
#include "core/stats/poisson_rate.h"

namespace ts {

namespace {

// AETOXGR, else AESEV mapped mild = 1, moderate = 2, severe = 3 (noted in the report).
std::optional<int> gradeOf(const AdverseEvent& e, bool& fromSeverity) {
    if (e.toxgr) return e.toxgr;
    const std::string s = upperCase(e.severity);
    const int g = s == "MILD" ? 1 : s == "MODERATE" ? 2 : s == "SEVERE" ? 3 : 0;
    if (g == 0) return std::nullopt;
    fromSeverity = true;
    return g;
}

// A subject in a cell: the worst level of their events there and their first onset date.
struct SubjectEvents {
    int worst = 0;
    std::string onset;  // earliest ASTDT, "" when none is dated
};
struct Cell {
    std::map<std::string, SubjectEvents> subjects;
    int events = 0;
    void add(const AdverseEvent& e, int level) {
        ++events;
        auto [it, fresh] = subjects.try_emplace(e.usubjid);
        SubjectEvents& s = it->second;
        s.worst = std::max(s.worst, level);
        if (!e.astdt.empty() && (s.onset.empty() || e.astdt < s.onset)) s.onset = e.astdt;
    }
};
using RowKey = std::tuple<std::string, std::string, std::optional<int>, std::string>;

// Which events the patient-level table counts: TRTEMFL = Y where the data flag it, serious ones only
// on request.
bool counted(const AdverseEvent& e, bool flagged, const AeOptions& o) {
    return !(flagged && e.trtemfl != true) && !(o.seriousOnly && e.serious != true);
}
RowKey keyOf(const AdverseEvent& e, const AeOptions& o, bool& fromSeverity) {
    return {e.bodsys, o.level == AeLevel::Term ? e.decod : std::string(),
            o.byGrade ? gradeOf(e, fromSeverity) : std::nullopt, o.byRelated ? relatedness(e.related) : ""};
}

// Each group's subjects counted once at their worst level, for every level of the scale, then a
// "Total" column over all groups (the top-level table and every row alike).
std::vector<AeSeverityCount> highestCounts(const std::vector<Cell>& cells, const std::vector<std::string>& names,
                                           const std::vector<int>& n, const SeverityScale& scale) {
    std::vector<AeSeverityCount> out;
    const std::size_t columns = names.size() + 1;
    int all = 0;
    for (int size : n) all += size;
    for (std::size_t j = 0; j < columns; ++j) {
        const bool isTotal = j == names.size();
        const int denominator = isTotal ? all : n[j];
        for (std::size_t level = 1; level <= scale.labels.size(); ++level) {
            int subjects = 0;
            for (std::size_t c = isTotal ? 0 : j; c < (isTotal ? cells.size() : j + 1); ++c)
                for (const auto& [id, s] : cells[c].subjects) subjects += s.worst == static_cast<int>(level);
            std::optional<double> pct;
            if (denominator > 0) pct = 100.0 * subjects / denominator;
            out.push_back({isTotal ? "Total" : names[j], scale.labels[level - 1], subjects, pct});
        }
    }
    return out;
}

// Each group's total days on treatment over its subjects with exposure; subjects without are
// counted in leftOut.
struct GroupExposure {
    std::vector<double> days;
    std::vector<std::optional<double>> subjectDays;  // per position in study.subjects
    int leftOut = 0;
};

GroupExposure groupExposure(const StudyData& study, const Grouping& g) {
    GroupExposure x;
    x.days.assign(g.names.size(), 0.0);
    x.subjectDays.resize(study.subjects.size());
    for (std::size_t i = 0; i < study.subjects.size(); ++i) {
        if (g.subjectGroup[i] < 0) continue;
        x.subjectDays[i] = treatmentDays(study.subjects[i]);
        if (x.subjectDays[i]) x.days[static_cast<std::size_t>(g.subjectGroup[i])] += *x.subjectDays[i];
        else ++x.leftOut;
    }
    return x;
}

// AET05: a subject with the event is at risk until its first onset, the others for their whole
// treatment; 365.25 days a year.
void addRates(AeRow& row, const std::vector<Cell>& cells, const GroupExposure& exposure, const StudyData& study,
              GroupLookup& position, double level) {
    for (std::size_t j = 0; j < cells.size(); ++j) {
        double days = exposure.days[j];
        int subjects = 0;
        for (const auto& [id, s] : cells[j].subjects) {
            const long at = position.position(id);
            if (at < 0 || !exposure.subjectDays[static_cast<std::size_t>(at)]) continue;
            const Subject& subject = study.subjects[static_cast<std::size_t>(at)];
            days += daysAtRisk(subject, s.onset).value_or(0) - *exposure.subjectDays[static_cast<std::size_t>(at)];
            ++subjects;
        }
        AeRate rate;
        rate.subjects = subjects;
        rate.patientYears = days / 365.25;
        if (rate.patientYears > 0) {
            const stats::PoissonRate r = stats::poissonRate(subjects, rate.patientYears, level);
            rate.per100py = r.rate;
            rate.lower = r.lower;
            rate.upper = r.upper;
            row.counts[j].eair = rate;
        }
    }
}

AeReport patientLevel(const StudyData& study, const AeOptions& o) {
    AeReport rep;
    const Grouping g = groupSubjects(study, o.by, o.population);
    rep.by = g.by;
    const size_t k = g.names.size();
    const std::vector<int>& n = g.sizes;
    const GroupExposure exposure = o.rates ? groupExposure(study, g) : GroupExposure{};
    const bool flagged = flaggedStudy(study.aes);
    if (flagged) rep.notes.push_back("treatment-emergent events only (TRTEMFL = Y)");
    if (o.seriousOnly) rep.notes.push_back("serious events only (AESER = Y)");

    std::map<RowKey, std::vector<Cell>> rows;
    std::vector<Cell> totals(k);
    bool fromSeverity = false;
    GroupLookup groupOf(study, g);
    const SeverityScale scale = severityScale(study.aes);
    for (const auto& e : study.aes) {
        const int found = groupOf(e.usubjid);
        if (found < 0 || !counted(e, flagged, o)) continue;
        if (e.provenance != Provenance::Original) rep.provenance = e.provenance;
        const auto grp = static_cast<size_t>(found);
        auto& cells = rows[keyOf(e, o, fromSeverity)];
        cells.resize(k);
        const int level = scale.levelOf(e);
        cells[grp].add(e, level);
        totals[grp].add(e, level);
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
        if (o.highest) row.highest = highestCounts(cells, g.names, n, scale);
        if (o.rates) addRates(row, cells, exposure, study, groupOf, o.confLevel);
        rep.rows.push_back(std::move(row));
    }
    rep.severityScale = scale.name();
    if (o.highest) rep.highest = highestCounts(totals, g.names, n, scale);
    if (o.rates && exposure.leftOut > 0)
        rep.notes.push_back(
            std::to_string(exposure.leftOut) +
            " subjects without treatment exposure (TRTSDT, TRTDURD or TRTEDT) are left out of the rates");
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
    if (options.source == DataSource::Published && study.aeCounts.empty())
        throw AnalysisError("study " + study.info.id + " has no published adverse-event counts");
    const bool published = study.aes.empty() || options.source == DataSource::Published;
    auto analyse = [&study, published](const AeOptions& o) {
        return published ? publishedAdverseEvents(study, o) : patientLevel(study, o);
    };
    AeReport rep = analyse(options);
    if (options.overview && !published) rep.overview = aeOverview(study, options);
    rep.study = study.info.id;
    rep.options = options;
    if (options.nested && options.level == AeLevel::Term) {
        AeOptions socs = options;
        socs.level = AeLevel::Soc;
        rep.rows = nestRows(analyse(socs).rows, std::move(rep.rows));
    } else {
        sortRows(rep.rows);
    }
    addAeTotals(rep);
    return rep;
}

std::vector<std::string> aeRowSubjects(const StudyData& study, const AeOptions& options, const AeRow& row) {
    AeOptions o = options;
    if (o.nested && row.term.empty()) o.level = AeLevel::Soc;  // a nested SOC row counts its whole SOC
    const Grouping g = groupSubjects(study, o.by, o.population);
    const bool flagged = flaggedStudy(study.aes);
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
