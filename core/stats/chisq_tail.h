#pragma once
// Upper tail of the chi-square distribution, as pchisq(x, df, lower.tail = FALSE)
// (Boost.Math complement form, accurate for tiny p-values).
// Returns 1 when df <= 0 or x <= 0 (no test, or a statistic at its minimum).
namespace ts::stats {

double chisqUpperP(double x, int df);

}  // namespace ts::stats
