#include "core/analysis/ae_dot_plot.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/analysis/analysis_error.h"
#include "core/stats/fisher_exact.h"
#include "core/stats/normal.h"
#include "core/stats/risk_difference.h"

namespace ts {

namespace {

// Whether `group` is one of SDTM's arms for subjects outside the randomised treatments.
bool notAnArm(const std::string& group) {
    std::string lower = group;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* name : {"screen failure", "not assigned", "not treated", "unplanned treatment"})
        if (lower == name) return true;
    return false;
}

std::size_t groupIndex(const AeReport& r, const std::string& name, const char* what) {
    for (std::size_t k = 0; k < r.groups.size(); ++k)
        if (r.groups[k].name == name) return k;
    std::string known;
    for (const AeGroupTotal& g : r.groups) known += (known.empty() ? "" : ", ") + g.name;
    throw AnalysisError(std::string(what) + " " + name + " is not a group of " + r.study + " (" + known + ")");
}

// Relative risk x1/n1 over x2/n2 with the Wald interval of its log; Haldane's 0.5 in every cell
// when a cell of the 2 x 2 table is empty.
void relativeRisk(AeDotRow& row, double level) {
    double x1 = row.armSubjects, n1 = row.armN, x2 = row.controlSubjects, n2 = row.controlN;
    if (x1 == 0 || x2 == 0 || x1 == n1 || x2 == n2) {
        x1 += 0.5;
        x2 += 0.5;
        n1 += 1;
        n2 += 1;
    }
    const double rr = (x1 / n1) / (x2 / n2);
    const double se = std::sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
    const double z = stats::zForLevel(level);
    row.estimate = rr;
    row.lower = std::exp(std::log(rr) - z * se);
    row.upper = std::exp(std::log(rr) + z * se);
}

}  // namespace

AeDotReport aeDotPlot(const StudyData& study, const AeDotOptions& options) {
    AeOptions table = options.table;
    table.level = AeLevel::Term;
    table.byGrade = table.byRelated = table.nested = table.highest = table.rates = table.overview = false;
    const AeReport ae = analyseAdverseEvents(study, table);
    if (ae.groups.size() < 2) throw AnalysisError("study " + study.info.id + " has fewer than two groups to compare");
    AeDotReport rep;
    rep.study = study.info.id;
    rep.options = options;
    rep.provenance = ae.provenance;
    rep.source = ae.source;
    rep.notes = ae.notes;
    for (const AeGroupTotal& g : ae.groups) {
        rep.groups.push_back(g.name);
        rep.colours.push_back(g.colour);
        rep.n.push_back(g.n.value_or(0));
    }
    // By default the last group with subjects against the first (the pilot's Screen Failure arm has
    // none in the safety population), of the treatment groups when there are two: the arms SDTM
    // gives subjects who were not randomised or not treated (Screen Failure, Not Assigned, Not
    // Treated, Unplanned Treatment; SDTMIG 3.3, ARMNRS) are compared only when named.
    std::vector<std::string> withSubjects, treated;
    for (std::size_t k = 0; k < ae.groups.size(); ++k)
        if (rep.n[k] > 0) {
            withSubjects.push_back(ae.groups[k].name);
            if (!notAnArm(ae.groups[k].name)) treated.push_back(ae.groups[k].name);
        }
    if (withSubjects.size() < 2)
        throw AnalysisError("study " + study.info.id + " has fewer than two groups with subjects to compare");
    if (treated.size() >= 2) withSubjects = treated;
    const std::size_t arm = groupIndex(ae, options.arm.empty() ? withSubjects.back() : options.arm, "arm");
    const std::size_t control =
        groupIndex(ae, options.control.empty() ? withSubjects.front() : options.control, "control");
    if (arm == control) throw AnalysisError("the arm and the control are the same group (" + rep.groups[arm] + ")");
    rep.arm = rep.groups[arm];
    rep.control = rep.groups[control];
    int left = 0, eventsOnly = 0;
    for (const AeRow& r : ae.rows) {
        if (!r.counts[arm].subjects || !r.counts[control].subjects || rep.n[arm] == 0 || rep.n[control] == 0) {
            ++eventsOnly;
            continue;
        }
        AeDotRow row;
        row.soc = r.soc;
        row.term = r.term;
        row.armSubjects = *r.counts[arm].subjects;
        row.armN = rep.n[arm];
        row.controlSubjects = *r.counts[control].subjects;
        row.controlN = rep.n[control];
        for (const AeCell& c : r.counts) row.percent.push_back(c.percent.value_or(0));
        if (*std::max_element(row.percent.begin(), row.percent.end()) < options.minPercent) {
            ++left;
            continue;
        }
        if (options.measure == AeMeasure::RiskDifference) {
            const stats::RiskDifferenceResult d =
                stats::riskDifference(row.armSubjects, row.armN, row.controlSubjects, row.controlN, options.level);
            if (d.difference && d.newcombeLower && d.newcombeUpper) {
                row.estimate = 100 * *d.difference;
                row.lower = 100 * *d.newcombeLower;
                row.upper = 100 * *d.newcombeUpper;
            }
        } else {
            relativeRisk(row, options.level);
        }
        row.p = stats::fisherExact(row.armSubjects, row.armN - row.armSubjects, row.controlSubjects,
                                   row.controlN - row.controlSubjects)
                    .p;
        rep.rows.push_back(std::move(row));
    }
    if (rep.rows.empty() && eventsOnly > 0)
        throw AnalysisError("study " + study.info.id + ": the adverse-event counts give events only, not subjects");
    std::stable_sort(rep.rows.begin(), rep.rows.end(), [](const AeDotRow& a, const AeDotRow& b) {
        if (a.estimate.has_value() != b.estimate.has_value()) return a.estimate.has_value();
        return a.estimate && *a.estimate > *b.estimate;
    });
    if (left > 0) {
        char percent[32];
        std::snprintf(percent, sizeof percent, "%g", options.minPercent);
        rep.notes.push_back(std::to_string(left) + " terms below " + percent + "% in every group are not shown");
    }
    if (eventsOnly > 0) rep.notes.push_back(std::to_string(eventsOnly) + " terms with event counts only are not shown");
    return rep;
}

}  // namespace ts
