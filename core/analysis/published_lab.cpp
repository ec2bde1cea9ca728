#include "core/analysis/published_lab.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <set>

#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"
#include "core/analysis/option_tables.h"

namespace ts {

namespace {

// center / lower / upper of a published row. SD and SE are converted into each other through
// n when only one is printed (SE = SD / sqrt(n)); the CI is mean -/+ qt(0.975, n - 1) SE, the
// same t interval the patient-level path uses.
void fill(const LabSummary& s, LabSummaryKind kind, LabPoint& p, std::vector<std::string>& notes) {
    std::optional<double> sd = s.sd, se = s.se;
    if (!sd && se && s.n) sd = *se * std::sqrt(*s.n);
    if (!se && sd && s.n && *s.n > 0) se = *sd / std::sqrt(*s.n);
    std::optional<double> spread;
    if (kind == LabSummaryKind::MedianIqr) {
        p.center = s.median;
        p.lower = s.q1;
        p.upper = s.q3;
    } else {
        p.center = s.mean;
        if (kind == LabSummaryKind::MeanSd) spread = sd;
        else if (kind == LabSummaryKind::MeanSe) spread = se;
        else if (se && s.n && *s.n >= 2) spread = *se * boost::math::quantile(boost::math::students_t(*s.n - 1), 0.975);
        if (s.mean && spread) {
            p.lower = *s.mean - *spread;
            p.upper = *s.mean + *spread;
        }
    }
    if (!p.center || !p.lower)
        notes.push_back(s.arm + " " + s.visit + ": the publication does not give the " +
                        std::string(labSummaries().name(kind)) + " summary");
}

}  // namespace

void publishedLabs(const StudyData& study, const std::vector<const LabSummary*>& rows, LabReport& rep) {
    const LabOptions& o = rep.options;
    if (o.scale == LabScale::PercentChange)
        throw AnalysisError("percent change cannot be derived from the published summaries of " + o.param);
    const bool change = o.scale == LabScale::Change;
    const Grouping g = groupArms(study.info);
    rep.by = g.by;
    for (size_t k = 0; k < g.names.size(); ++k) rep.groups.push_back({g.names[k], g.colours[k], {}});
    std::set<std::string> sources;
    int used = 0;
    for (const LabSummary* s : rows) {
        if (s->change != change) continue;
        auto k = findGroup(study.info, g, s->arm);
        if (!k) {
            rep.notes.push_back("published row of unknown arm " + s->arm + " left out");
            continue;
        }
        LabPoint p;
        p.visit = s->visit;
        p.visitn = s->visitn;
        p.time = s->time;
        p.n = s->n ? static_cast<int>(std::lround(*s->n)) : 0;
        fill(*s, *o.summary, p, rep.notes);
        rep.groups[static_cast<size_t>(*k)].points.push_back(std::move(p));
        rep.provenance = s->provenance;
        if (!s->source.empty()) sources.insert(s->source);
        ++used;
    }
    if (used == 0)
        throw AnalysisError("the published summaries of " + o.param + " give no " +
                            (change ? "change from baseline" : "values") + " (try " +
                            (change ? "without --change" : "--change") + ")");
    for (const auto& src : sources) rep.source += (rep.source.empty() ? "" : "; ") + src;
    if (!study.info.citation.empty()) rep.source = study.info.citation + (rep.source.empty() ? "" : ", " + rep.source);
    for (auto& grp : rep.groups)
        std::stable_sort(grp.points.begin(), grp.points.end(),
                         [](const LabPoint& a, const LabPoint& b) { return a.visitn < b.visitn; });
}

}  // namespace ts
