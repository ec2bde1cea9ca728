#pragma once
// "Show R code" of the survival view: R code (base R and the survival package only) that reads the
// view's analysis data as CSV (survivalRowsCsv: one row per analysed record, the population, the
// grouping and the strata already applied) and reproduces the numbers the view shows, every option
// in force written into the call that uses it:
//   survfit(conf.type, conf.int)               medians with CI, survival at the risk table's times
//   survdiff(rho, + strata())                  the log-rank (Fleming-Harrington rho) test
//   coxph(ties, + strata())                    hazard ratios against the reference arm, Wald p
//   print(fit, rmean = tau)                    RMST up to tau, with --rmst
//   survdiff per pair + p.adjust(method)       pairwise tests, with --pairwise
//   cox.zph(transform = "km")                  the PH test, with --ph-test
// The reference arm is the first factor level. What base survival cannot redo is said in a comment
// at the top: Fleming-Harrington gamma > 0 (survdiff has rho only), the landmark split and competing
// risks (their numbers stay TrialScope's, checked against R elsewhere: docs/survival-depth.md).
// The code prints its numbers as "|"-separated lines a test can read back:
//   median|GROUP|est|lower|upper        at|GROUP|time|n.risk|surv|lower|upper
//   logrank|chisq|df|p                  hr|TERM|hr|lower|upper|p
//   rmean|GROUP|rmean|se                pairwise|A|B|p.adjusted          zph|TERM|chisq|df|p
#include <string>

#include "core/analysis/survival_analysis.h"

namespace ts {

// `report`: the view's analysis (its options as applied, the risk table's times filled in);
// `csv`: the data file's name as the code reads it (beside the script).
std::string survivalRCode(const SurvivalReport& report, const std::string& csv);
// The analysis data: group,stratum,time,status (stratum only with strata), RFC 4180 quoting.
std::string survivalRowsCsv(const SurvivalRows& rows);

}  // namespace ts
