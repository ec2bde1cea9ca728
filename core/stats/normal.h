#pragma once
// Standard normal helpers used by the survival kernels (Boost.Math underneath).
namespace ts::stats {

// Quantile of N(0,1): qnorm(p). Precondition: 0 < p < 1.
double normalQuantile(double p);

// Two-sided critical value for a confidence level: qnorm(1 - (1 - level) / 2), as survfit.
// Precondition: 0 < level < 1.
double zForLevel(double level);

// Two-sided p-value of a z statistic: 2 * pnorm(-|z|).
double normalTwoSidedP(double z);

}  // namespace ts::stats
