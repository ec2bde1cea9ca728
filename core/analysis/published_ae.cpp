#include "core/analysis/published_ae.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/analysis/ae_row_test.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/grouping.h"

namespace ts {

namespace {

constexpr const char* kAnyEvent = "Any adverse event";

// A published row belongs to the requested table when its shape matches the options: SOC rows
// (no term) at SOC level, graded rows only when split by grade, relatedness rows only when split.
bool matches(const AeCount& c, const AeOptions& o, bool anyGrade = false) {
    if (o.seriousOnly && !c.serious) return false;
    if ((o.level == AeLevel::Soc) != c.term.empty()) return false;
    if (!anyGrade && o.byGrade != c.grade.has_value()) return false;
    return o.byRelated != c.related.empty();
}

void fill(AeCell& cell, const AeCount& c, std::optional<int> n) {
    cell.subjects = c.subjects;
    cell.events = c.events;
    if (c.subjects && n && *n > 0) cell.percent = 100.0 * *c.subjects / *n;
}

}  // namespace

AeReport publishedAdverseEvents(const StudyData& study, const AeOptions& o) {
    AeReport rep;
    const Grouping g = groupArms(study.info);
    rep.by = g.by;
    std::vector<std::optional<int>> n(g.names.size());
    if (!study.subjects.empty()) {
        const Grouping adsl = groupSubjects(study, o.by, o.population);
        for (size_t a = 0; a < adsl.names.size(); ++a)
            if (auto k = findGroup(study.info, g, adsl.names[a]))
                n[static_cast<size_t>(*k)] = n[static_cast<size_t>(*k)].value_or(0) + adsl.sizes[a];
    } else {
        rep.notes.push_back("group sizes unknown: percentages not available");
    }
    for (size_t k = 0; k < g.names.size(); ++k) rep.groups.push_back({g.names[k], g.colours[k], n[k], {}, {}});

    using Key = std::tuple<std::string, std::string, std::optional<int>, std::string>;
    std::map<Key, std::vector<AeCell>> rows;
    std::set<std::string> sources;
    // Without a split by grade, a term an arm reports by grade only still has a row: its events are
    // the sum over the grades (Qin 2024 Table 1); its subjects are known when one grade is reported
    // (Shi 2021: "seven patients developed a self-limiting fever", grade 1) and not otherwise (a
    // subject may have had two grades).
    std::map<std::pair<Key, size_t>, std::vector<const AeCount*>> graded;
    for (const auto& c : study.aeCounts) {
        auto k = findGroup(study.info, g, c.arm);
        if (!k) continue;
        const auto j = static_cast<size_t>(*k);
        rep.provenance = c.provenance;
        if (!c.source.empty()) sources.insert(c.source);
        if (c.term == kAnyEvent && !c.grade && c.related.empty() && !o.seriousOnly) {
            rep.groups[j].subjects = c.subjects;
            rep.groups[j].events = c.events;
            continue;
        }
        if (!o.byGrade && c.grade && matches(c, o, true) && c.term != kAnyEvent)
            graded[{{c.soc, c.term, std::nullopt, c.related}, j}].push_back(&c);
        if (!matches(c, o)) continue;
        auto& cells = rows[{c.soc, c.term, c.grade, c.related}];
        if (cells.empty())
            for (const auto& name : g.names) cells.push_back({name, std::nullopt, std::nullopt, std::nullopt});
        fill(cells[j], c, n[j]);
    }
    for (const auto& [at, counts] : graded) {
        auto& cells = rows[at.first];
        if (cells.empty())
            for (const auto& name : g.names) cells.push_back({name, std::nullopt, std::nullopt, std::nullopt});
        AeCell& cell = cells[at.second];
        if (cell.subjects || cell.events) continue;  // the arm reports the term without grades too
        if (counts.size() == 1) {
            fill(cell, *counts.front(), n[at.second]);
            continue;
        }
        int events = 0;
        for (const AeCount* c : counts) {
            if (!c->events) {
                events = -1;
                break;
            }
            events += *c->events;
        }
        if (events >= 0) cell.events = events;
    }
    std::erase_if(rows, [](const auto& row) {
        return std::all_of(row.second.begin(), row.second.end(),
                           [](const AeCell& c) { return !c.subjects && !c.events; });
    });
    if (rows.empty())
        throw AnalysisError("the published adverse-event counts of " + study.info.id +
                            " have no rows at this level / grade / relatedness split");
    for (auto& [key, cells] : rows) {
        AeRow row{std::get<0>(key), std::get<1>(key), std::get<2>(key),
                  std::get<3>(key), std::move(cells), std::nullopt};
        row.pValue = aeRowTest(row.counts, rep.groups);
        rep.rows.push_back(std::move(row));
    }
    for (const auto& s : sources) rep.source += (rep.source.empty() ? "" : "; ") + s;
    return rep;
}

}  // namespace ts
