#pragma once
// Service layer for the adverse-event view and `trialscope-cli ae`: subjects with >= 1 event and
// event counts per group, by SOC / preferred term, optionally by grade and relatedness; from ADAE
// (treatment-emergent records when TRTEMFL is present) or from published counts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/data_source.h"
#include "core/model/study_data.h"

namespace ts {

enum class AeLevel { Soc, Term };

// "soc" | "pt".

struct AeOptions {
    std::string by;
    std::string population;
    AeLevel level = AeLevel::Term;
    bool byGrade = false;
    bool byRelated = false;
    bool seriousOnly = false;
    bool overview = false;    // AET01 overview (AeReport::overview)
    bool highest = false;     // AET04 highest severity or grade (AeReport::highest, AeRow::highest)
    bool rates = false;       // AET05 exposure-adjusted incidence rates (AeCell::eair)
    bool nested = false;      // AET02 at term level: SOC rows with their terms beneath (ae_nested.h)
    double confLevel = 0.95;  // of the rates' confidence intervals
    DataSource source = DataSource::Auto;
};

// An exposure-adjusted incidence rate: subjects with the event over their time at risk
// (ae_exposure.h), per 100 patient-years of 365.25 days, with its exact Poisson (Garwood) CI.
struct AeRate {
    int subjects = 0;
    double patientYears = 0;
    double per100py = 0, lower = 0, upper = 0;
};

// Subjects counted once at their worst severity or grade (ae_severity.h).
struct AeSeverityCount {
    std::string group;
    std::string severity;  // MILD, MODERATE, SEVERE or the grade "1".."5"
    int subjects = 0;
    std::optional<double> percent;  // of the group's subjects
};

// AET01: subjects (n) with at least one treatment-emergent event of each kind, per group and in
// total. Definitions in docs/adverse-events.md.
struct AeOverviewRow {
    std::string group;
    int n = 0;  // subjects in the group
    int any = 0, serious = 0, related = 0, severe = 0, discontinued = 0, fatal = 0, deaths = 0;
};

struct AeCell {
    std::string group;
    std::optional<int> subjects;  // null when the source gives event counts only
    std::optional<int> events;
    std::optional<double> percent;  // subjects / group n * 100
    std::optional<AeRate> eair{};   // with AeOptions::rates
};

struct AeRow {
    std::string soc;
    std::string term;  // empty at SOC level
    std::optional<int> grade;
    std::string related;
    std::vector<AeCell> counts;              // one per group, in group order
    std::optional<double> pValue;            // Fisher's exact test on subjects (2 groups) / chi-square
    std::vector<AeSeverityCount> highest{};  // with AeOptions::highest: each group and "Total" x level
    std::optional<AeCell> total{};           // all groups together, with two or more (ae_total.h)
};

struct AeGroupTotal {
    std::string name;
    std::string colour;
    std::optional<int> n;         // denominator (subjects in group)
    std::optional<int> subjects;  // with any event
    std::optional<int> events;
};

struct AeReport {
    std::string study, by;
    AeOptions options;
    std::vector<AeGroupTotal> groups;
    std::vector<AeRow> rows;
    Provenance provenance = Provenance::Original;
    std::string source;
    std::vector<std::string> notes;
    std::vector<AeOverviewRow> overview{};   // with AeOptions::overview: each group, then "Total"
    std::string severityScale{};             // patient-level data: "severity" (AESEV) or "grade" (AETOXGR)
    std::vector<AeSeverityCount> highest{};  // with AeOptions::highest: each group and "Total" x level
    std::optional<AeGroupTotal> total{};     // all groups together, with two or more (ae_total.h)
};

AeReport analyseAdverseEvents(const StudyData& study, const AeOptions& options);

// The subjects a patient-level row of analyseAdverseEvents(study, options) counts, by USUBJID.
std::vector<std::string> aeRowSubjects(const StudyData& study, const AeOptions& options, const AeRow& row);

}  // namespace ts
