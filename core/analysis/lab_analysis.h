#pragma once
// Service layer for the lab view and `trialscope-cli labs`: summaries by group x visit from
// patient-level ADLB, or from published summaries for aggregate-only studies.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/study_data.h"

namespace ts {

enum class LabSummaryKind { MeanSd, MeanSe, MeanCi, MedianIqr };
enum class LabScale { Value, Change, PercentChange };

// "mean-sd" | "mean-se" | "mean-ci" | "median-iqr" and "value" | "change" | "percent-change".

struct LabOptions {
    std::string param;  // PARAMCD
    std::string by;
    std::string population;
    std::optional<LabSummaryKind> summary;  // none asked: defaultLabSummary; a report holds the one used
    LabScale scale = LabScale::Value;
};

struct LabPoint {
    std::string visit;
    double visitn = 0;
    std::optional<double> time;  // study day (ADY median) or published week
    int n = 0;
    std::optional<double> center, lower, upper;
    std::optional<double> pValue;  // between-group test at this visit (Welch t for 2 groups /
                                   // ANOVA for >2 on means; Wilcoxon / Kruskal–Wallis on medians)
    std::string note{};            // why a spread is missing although n >= 2 ("" otherwise)
};

struct LabGroup {
    std::string name;
    std::string colour;
    std::vector<LabPoint> points;
};

struct SubjectSeries {  // for spaghetti plots
    std::string usubjid;
    int group = 0;
    std::vector<double> visitn;
    std::vector<double> value;
};

struct LabReport {
    std::string study, param, paramLabel, unit, by;
    std::string byName;  // how a title names the grouping (groupingName); "" for published arms
    LabOptions options;
    std::vector<LabGroup> groups;
    std::vector<std::string> visits;        // patient-level data: the visits summarised, in order
    std::vector<SubjectSeries> subjects;    // empty for aggregate-only data
    std::optional<double> refLow, refHigh;  // most common reference range
    Provenance provenance = Provenance::Original;
    std::string source;  // citation of aggregate data
    std::vector<std::string> notes;
};

LabReport analyseLabs(const StudyData& study, const LabOptions& options);

// The patient-level records analyseLabs(study, options) summarises, one row each: its group (index
// in groups), its visit (baseline records at the visit analyseLabs puts them), AVAL, BASE and CHG as
// delivered. Only records with a value on the options' scale, in the population. Throws
// AnalysisError when the parameter has no patient-level records (published summaries only).
struct LabRows {
    std::vector<std::string> groups;
    std::vector<int> group;
    std::vector<std::string> visit;
    std::vector<std::optional<double>> aval, base, chg;
};
LabRows labRows(const StudyData& study, const LabOptions& options);

// Lab parameters (PARAMCD, PARAM) with patient-level or aggregate data.
std::vector<std::pair<std::string, std::string>> labParameters(const StudyData& study);
// Lab parameters (PARAMCD, PARAM) with patient-level records, in first-seen order. One pass that
// compares PARAMCD once per run of records (ADLB lists each subject's parameters in runs), so it
// costs little at 10^7 records.
std::vector<std::pair<std::string, std::string>> subjectLabParameters(const StudyData& study);

}  // namespace ts
