#pragma once
// Exact null distributions of the Wilcoxon statistics without ties, as R's psignrank / pwilcox.
//
//   signRankCdf(q, n)      P(V <= q), V = sum of the ranks of the positive values among n
//                          non-zero, untied values (V in 0..n(n+1)/2)
//   rankSumCdf(q, m, n)    P(W <= q), W = rank sum of the m first-sample values minus
//                          m(m+1)/2, with n values in the second sample (W in 0..mn)
// With upper = true both return the upper tail P(. > q) instead, summed directly rather than
// as 1 - cdf so that small upper-tail probabilities keep full relative precision.
//
// Counts are built by additive recurrences only (no subtraction, hence no cancellation); they
// are held as doubles, exact up to 2^53 and correctly rounded beyond, as in R.
// Cost: O(n^3) time, O(n^2) memory for signRankCdf; O(m^2 n^2) time, O(min(m, n) m n) memory
// for rankSumCdf; meant for n < 50 (R's exact rule), and never called above kExactLimit.
// Preconditions: n, m >= 0.
namespace ts::stats {

// Largest sample size for which the Wilcoxon tests compute an exact p-value when asked to
// (exact = true); above it they use the normal approximation and say so.
inline constexpr int kExactLimit = 200;

double signRankCdf(double q, int n, bool upper = false);
double rankSumCdf(double q, int m, int n, bool upper = false);

}  // namespace ts::stats
