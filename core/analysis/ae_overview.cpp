#include "core/analysis/ae_overview.h"

#include <array>
#include <set>

#include "core/analysis/ae_filters.h"
#include "core/analysis/ae_severity.h"
#include "core/analysis/group_lookup.h"
#include "core/analysis/grouping.h"

namespace ts {

namespace {

enum Kind { Any, Serious, Related, Severe, Discontinued, Fatal, kKinds };

std::array<bool, kKinds> kindsOf(const AdverseEvent& e, bool graded) {
    return {true,
            e.serious == true,
            relatedness(e.related) == "related",
            graded ? e.toxgr.value_or(0) >= 3 : upperCase(e.severity) == "SEVERE",
            upperCase(e.action) == "DRUG WITHDRAWN",
            e.death == true || upperCase(e.outcome) == "FATAL"};
}

}  // namespace

std::vector<AeOverviewRow> aeOverview(const StudyData& study, const AeOptions& options) {
    const Grouping g = groupSubjects(study, options.by, options.population);
    const bool flagged = flaggedStudy(study.aes);
    const bool graded = severityScale(study.aes).grades;  // the AET04 scale: grades where any event has one
    std::vector<std::array<std::set<std::string>, kKinds>> who(g.names.size());
    GroupLookup groupOf(study, g);
    for (const AdverseEvent& e : study.aes) {
        const int grp = groupOf(e.usubjid);
        if (grp < 0 || (flagged && e.trtemfl != true)) continue;
        const auto kinds = kindsOf(e, graded);
        for (int k = 0; k < kKinds; ++k)
            if (kinds[static_cast<std::size_t>(k)])
                who[static_cast<std::size_t>(grp)][static_cast<std::size_t>(k)].insert(e.usubjid);
    }
    std::vector<AeOverviewRow> rows(g.names.size() + 1);
    AeOverviewRow& total = rows.back();
    total.group = "Total";
    for (std::size_t j = 0; j < g.names.size(); ++j) {
        AeOverviewRow& r = rows[j];
        r.group = g.names[j];
        r.n = g.sizes[j];
        const auto& sets = who[j];
        r.any = static_cast<int>(sets[Any].size());
        r.serious = static_cast<int>(sets[Serious].size());
        r.related = static_cast<int>(sets[Related].size());
        r.severe = static_cast<int>(sets[Severe].size());
        r.discontinued = static_cast<int>(sets[Discontinued].size());
        r.fatal = static_cast<int>(sets[Fatal].size());
    }
    for (std::size_t i = 0; i < study.subjects.size(); ++i) {
        const int grp = g.subjectGroup[i];
        const std::string* dthfl = study.subjects[i].var("DTHFL");
        if (grp >= 0 && dthfl && *dthfl == "Y") ++rows[static_cast<std::size_t>(grp)].deaths;
    }
    for (std::size_t j = 0; j + 1 < rows.size(); ++j) {
        const AeOverviewRow& r = rows[j];
        total.n += r.n;
        total.any += r.any;
        total.serious += r.serious;
        total.related += r.related;
        total.severe += r.severe;
        total.discontinued += r.discontinued;
        total.fatal += r.fatal;
        total.deaths += r.deaths;
    }
    return rows;
}

}  // namespace ts
