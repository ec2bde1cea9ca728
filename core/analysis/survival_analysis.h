#pragma once
// Service layer for the survival view and `trialscope-cli km`: validates the request against the
// study, groups subjects, and calls the kernels in core/stats. Returns a read-only report; it
// never plots and never formats.
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/time_unit.h"
#include "core/model/columns.h"
#include "core/model/study_data.h"
#include "core/stats/cox_ph.h"
#include "core/stats/cox_zph.h"
#include "core/stats/gray_test.h"
#include "core/stats/km_at.h"
#include "core/stats/km_quantile.h"
#include "core/stats/log_rank.h"
#include "core/stats/log_rank_trend.h"
#include "core/stats/p_adjust.h"
#include "core/stats/rmst.h"

namespace ts {

struct SurvivalOptions {
    std::string endpoint;    // PARAMCD; "" = defaultEndpoint of the study
    std::string by;          // "" = default (TRT01A, then ARM)
    std::string reference;   // "" = first group
    std::string population;  // "" = all subjects; else ADSL flag == "Y"
    stats::ConfType conf = stats::ConfType::Log;
    double level = 0.95;
    std::vector<double> times;     // empty = columnTimes of the longest follow-up (the report fills
                                   // `times` it used)
    std::optional<TimeUnit> unit;  // display unit of the automatic times; nullopt = the study's
    stats::Ties ties = stats::Ties::Efron;
    std::optional<double> landmark;          // split time L
    bool cumulativeIncidence = false;        // report 1 - S (display only; estimates unchanged)
    std::string strata;                      // ADSL variable: stratified log-rank test and Cox model ("" = none)
    double rho = 0, gamma = 0;               // Fleming–Harrington G(rho, gamma) weights of the log-rank test
    std::optional<double> rmstTau;           // RMST up to tau (the study's time unit) per group, and between groups
    std::optional<stats::PAdjust> pairwise;  // every pair of groups' log-rank test, p adjusted so
    bool phTest = false;                     // cox.zph of the Cox model (transform "km")
    std::string competing;                   // PARAMCD of a competing event: the groups' curves are then the endpoint's
                                             // Aalen–Johansen cumulative incidence (core/analysis/competing_risks.h)
};

struct SurvivalGroup {
    std::string name;
    std::string colour;
    stats::KmFit fit;
    stats::QuantileEstimate median;
    std::vector<stats::KmAt> at;
    std::optional<stats::RmstResult> rmst;   // with options.rmstTau
    std::string note;                        // e.g. "median not reached"
    int competingEvents = 0;                 // with options.competing
    std::vector<double> competingCum;        // with options.competing: competing events up to each `at`
    std::vector<double> competingIncidence;  // with options.competing: the competing event's F per step
};

// With options.competing: what the figure says of the competing event.
struct CompetingPart {
    std::string endpoint, label;
    std::optional<stats::GrayResult> gray;  // with two groups or more (defined or not)
};

// RMST of a group against the reference group, as survRM2::rmst2: the difference with its Wald CI
// and two-sided p, and the ratio with a CI from the delta method on the log scale.
struct RmstContrast {
    std::string group, reference;
    double diff = 0, lower = 0, upper = 0, p = 1;
    double ratio = 0, ratioLower = 0, ratioUpper = 0;
};

struct PairwiseTest {
    std::string a, b;
    double chisq = 0, p = 1, pAdjusted = 1;
};

// Landmark analysis at L: before = follow-up censored at L; after = subjects still at risk at L.
struct LandmarkPart {
    std::vector<SurvivalGroup> groups;
    std::optional<stats::LogRankResult> logrank;
    std::optional<stats::CoxFit> cox;
};

struct SurvivalReport {
    std::string study;
    std::string endpoint;
    std::string endpointLabel;  // PARAM
    std::string timeUnit;
    std::string by;
    std::string byName;  // how a title names the grouping (groupingName: "actual treatment", "sex")
    std::string reference;
    SurvivalOptions options;  // as applied (times filled in)
    std::vector<SurvivalGroup> groups;
    std::optional<stats::LogRankResult> logrank;  // absent with < 2 groups
    std::optional<stats::TrendResult> trend;      // present when arms carry numeric doses
    std::optional<stats::CoxFit> cox;             // group vs reference
    std::optional<LandmarkPart> before, after;    // when options.landmark is set
    std::vector<RmstContrast> rmstDiff;           // with options.rmstTau: each group vs the reference
    std::vector<PairwiseTest> pairwise;           // with options.pairwise
    std::optional<stats::CoxZph> phTest;          // with options.phTest and a Cox model
    // With options.competing: each group's fit holds 1 - F(t) of the endpoint's cumulative incidence
    // F with the band flipped, and options.cumulativeIncidence is set, so the figure's incidence scale
    // shows F with its own (infinitesimal-jackknife, log) band; no medians, log-rank or Cox.
    std::optional<CompetingPart> competing;
    Provenance provenance = Provenance::Original;
    std::vector<std::string> notes;
};

// Throws AnalysisError (unknown endpoint, variable, reference group, empty population).
SurvivalReport analyseSurvival(const StudyData& study, const SurvivalOptions& options);
// The same analysis on typed columns (the store's read path): `slice` holds the endpoint and the
// ADSL variables groupingInputs(options.by, options.population) names, and with options.competing
// the competing event's records.
SurvivalReport analyseSurvival(const SurvivalSlice& slice, const SurvivalOptions& options);

// AnalysisError: study `info` has no endpoint `code`, naming the endpoints it has.
[[noreturn]] void throwNoEndpoint(const StudyInfo& info,
                                  const std::vector<std::pair<std::string, std::string>>& endpoints,
                                  const std::string& code);

// The ADSL variables a survival analysis reads: groupingInputs(by, population) and the strata.
std::vector<std::string> survivalInputs(const SurvivalOptions& options);

// The rows a survival analysis of `study` with `options` reads, one per analysed record (the
// population, grouping and strata applied as analyseSurvival applies them): for a reader that
// reproduces the analysis elsewhere (core/report/survival_r_code.h). `time` in the study's unit,
// `event` 1 = event, 0 = censored; `group` indexes `groups` (in report order), `stratum` indexes
// `strata` (empty without options.strata). Throws what analyseSurvival throws.
struct SurvivalRows {
    std::vector<std::string> groups, strata;
    std::vector<int> group, stratum, event;
    std::vector<double> time;
};
SurvivalRows survivalRows(const StudyData& study, const SurvivalOptions& options);

// Endpoints (PARAMCD, PARAM) present in the study, in first-seen order.
std::vector<std::pair<std::string, std::string>> survivalEndpoints(const StudyData& study);

// The endpoint a view or command shows when none is asked for: OS where the study has it, else its
// first endpoint; "" when it has none.
std::string defaultEndpoint(const std::vector<std::pair<std::string, std::string>>& endpoints);

}  // namespace ts
