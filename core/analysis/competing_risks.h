#pragma once
// Service layer for `trialscope-cli cuminc` and the survival view's competing-risks display: the
// cumulative incidence of an endpoint with another ADTTE parameter as the competing event, by group
// (Aalen–Johansen, infinitesimal-jackknife standard errors, survfit's log band) and Gray's test.
//
// Per subject with a record of the endpoint, the earlier of the two events decides:
//   - the endpoint's event at t1 when it is not after the competing event (same day: the endpoint's);
//   - the competing event at t2 when it comes first, or when the endpoint is censored at t2 or later;
//   - censored at t1 when the endpoint is censored before the competing event, or there is none.
// Subjects with a competing record but no endpoint record are left out, and counted in a note.
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/survival_analysis.h"
#include "core/analysis/time_unit.h"
#include "core/model/columns.h"
#include "core/stats/aalen_johansen.h"
#include "core/stats/aalen_johansen_at.h"
#include "core/stats/gray_test.h"

namespace ts {

struct CompetingOptions {
    std::string endpoint;          // PARAMCD of the event of interest
    std::string competing;         // PARAMCD of the competing event
    std::string by;                // "" = default grouping (TRT01A, then ARM)
    std::string population;        // "" = all subjects; else ADSL flag == "Y"
    std::vector<double> times;     // empty = columnTimes of the longest follow-up (filled in the report)
    std::optional<TimeUnit> unit;  // display unit of the automatic times; nullopt = the study's
    double level = 0.95;
};

struct CompetingGroup {
    std::string name, colour;
    int n = 0, events = 0, competingEvents = 0;
    stats::AalenJohansenFit fit;            // cause 1 = the endpoint, cause 2 = the competing event
    std::vector<stats::CifAt> at;           // the endpoint's incidence at options.times
    std::vector<stats::CifAt> competingAt;  // the competing event's incidence at options.times
    std::string note;
};

struct CompetingReport {
    std::string study, endpoint, endpointLabel, competing, competingLabel, timeUnit, by;
    CompetingOptions options;  // as applied (times filled in)
    std::vector<CompetingGroup> groups;
    std::optional<stats::GrayResult> gray;  // with two groups or more
    Provenance provenance = Provenance::Original;
    std::vector<std::string> notes;
};

// `adsl` holds the columns groupingInputs(options.by, options.population) names; `endpoint` and
// `competing` the two parameters' records (nullopt when the study lacks one: AnalysisError naming
// the study's endpoints). Throws AnalysisError for the same endpoint twice, a bad level, an empty
// population.
CompetingReport analyseCompetingRisks(const StudyInfo& info,
                                      const std::vector<std::pair<std::string, std::string>>& endpoints,
                                      const AdslColumns& adsl, const TteColumns* endpoint, const TteColumns* competing,
                                      const CompetingOptions& options);

// The report in the shape the survival figure draws (see SurvivalReport::competing): `options` are
// the survival options asked for (competing set), kept in the result.
SurvivalReport incidenceReport(const CompetingReport& report, const SurvivalOptions& options);

}  // namespace ts
