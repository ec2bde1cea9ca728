#pragma once
// "Show R code" of the labs view: R code (base R only) that reads the view's analysis data as CSV
// (labRowsCsv: one row per summarised record, population and grouping applied, AVAL, BASE and CHG as
// delivered) and reproduces the numbers the view's table shows, every option in force written into
// the code that uses it:
//   the scale        value = AVAL; change = CHG, else AVAL - BASE; percent change = 100 change / BASE
//   the summary      mean -/+ SD, mean -/+ SE, mean with its t 95% CI (t.test's interval written
//                    out: t.test gives NaN for constant values, e.g. every change at baseline), or
//                    median with quartiles (quantile type 7); bounds NA below two values
//   the visit test   Welch t.test (2 groups) or oneway.test(var.equal = TRUE) on means;
//                    wilcox.test (2 groups) or kruskal.test on medians; over the groups with values
// Visits and groups are factors in the view's order (written into the code). The code prints its
// numbers as "|"-separated lines a test can read back:
//   point|GROUP|VISIT|n|center|lower|upper        p|VISIT|p
// Published summaries (aggregate-only parameters) have no records to recompute: labRows throws.
#include <string>

#include "core/analysis/lab_analysis.h"

namespace ts {

// `report`: the view's analysis (its options as applied); `csv`: the data file's name as the code
// reads it (beside the script).
std::string labRCode(const LabReport& report, const std::string& csv);
// The analysis data: group,visit,aval,base,chg (empty = NA), RFC 4180 quoting.
std::string labRowsCsv(const LabRows& rows);

}  // namespace ts
