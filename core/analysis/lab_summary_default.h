#pragma once
// The lab summary a clinician expects when none is asked for.
//
// Liver and kidney tests are right-skewed (a few subjects at many times the upper limit), so mean ±
// SD misleads: on the CDISC pilot BILI and on Shi 2021 TBIL its lower limit is negative. Median (IQR)
// is the default for bilirubin (BILI, TBIL, DBIL), ALT, AST, ALP (ALP, ALKPH), GGT and creatinine
// (CREAT) and for any parameter whose patient-level values are strongly skewed: sample skewness
// g1 = m3 / m2^(3/2) above 1 (the usual rule of thumb, e.g. Bulmer 1979, "Principles of
// Statistics"), computed over all values of the parameter (at least 8). Otherwise mean ± SD.
// Published-only data keep the form the paper reports (publishedForm, lab_analysis).
#include <string_view>
#include <vector>

#include "core/analysis/lab_analysis.h"

namespace ts {

// values: the parameter's AVAL, any order (may be empty).
LabSummaryKind defaultLabSummary(std::string_view paramcd, const std::vector<double>& values);
// The same for a study's parameter: its patient-level values; without them, median (IQR) when the
// paper gives medians and no means, else mean ± SD as published.
LabSummaryKind defaultLabSummary(const StudyData& study, const std::string& paramcd);

// The skewness g1 of `values` (0 for fewer than 3 values or no spread).
double sampleSkewness(const std::vector<double>& values);

}  // namespace ts
