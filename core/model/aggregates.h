#pragma once
// Aggregate-level data copied from a publication (or illustrative). Every row names its source
// (table / figure / sentence) so views and figures can cite it.
#include <optional>
#include <string>

#include "core/model/provenance.h"

namespace ts {

// Lab summary by arm x visit (aggregates/lab_summary.csv).
struct LabSummary {
    std::string arm;  // Arm::code
    std::string paramcd;
    std::string param;
    std::string unit;
    std::string visit;           // e.g. "Week 12"
    double visitn = 0;           // ordering number
    std::optional<double> time;  // time of visit in weeks (for cross-study axes)
    std::optional<double> n, mean, sd, se, median, q1, q3, min, max;
    bool change = false;  // true: values are change from baseline
    Provenance provenance = Provenance::PublishedAggregate;
    std::string source;  // e.g. "Table 3"
};

// AE counts by arm x term x grade x relatedness (aggregates/ae_counts.csv).
struct AeCount {
    std::string arm;
    std::string soc;              // may be empty
    std::string term;             // preferred term, or "Any adverse event"
    std::optional<int> grade;     // CTCAE grade 1..5; nullopt = all grades
    std::string related;          // "related" / "not related" / "" = any
    std::optional<int> subjects;  // subjects with >= 1 event; nullopt when the paper gives events only
    std::optional<int> events;
    bool serious = false;
    Provenance provenance = Provenance::PublishedAggregate;
    std::string source;
};

// Published survival point (aggregates/survival_points.csv): S(t) and/or number at risk.
struct SurvPoint {
    std::string arm;
    std::string endpoint;  // PARAMCD
    double time = 0;
    std::optional<double> surv;  // proportion 0..1
    std::optional<int> nRisk;
    Provenance provenance = Provenance::PublishedAggregate;
    std::string source;
};

// One cell of a published baseline table (aggregates/baseline.csv).
struct BaselineCell {
    std::string characteristic;  // row label, e.g. "Age, years"
    std::string arm;             // Arm::code, or "" for the p-value column
    std::string value;           // as printed, e.g. "45.2 ± 9.8" or "23 (21.3%)"
    std::string statistic;       // "mean-sd" | "median-iqr" | "n-percent" | "p" | "text"
    int order = 0;
    Provenance provenance = Provenance::PublishedAggregate;
    std::string source;
};

}  // namespace ts
