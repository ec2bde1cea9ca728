#pragma once
// Wilcoxon tests, two-sided, exactly as R's wilcox.test (exact = NULL, correct = TRUE by default):
//   signedRank(x, mu)       wilcox.test(x, mu = mu)               V = sum of ranks of x - mu > 0
//   pairedSignedRank(x, y)  wilcox.test(x, y, paired = TRUE)      signedRank on x - y
//   rankSum(x, y)           wilcox.test(x, y)                     W = rank sum of x - nx(nx+1)/2
//
// p-value: exact (psignrank / pwilcox) when exact is unset and n < 50 (each sample < 50 for the
// rank sum) and there are no ties (and, signed rank, no zero differences); exact = true asks
// for it but, as in R, ties or zeros still force the normal approximation, and so (unlike R)
// does a sample larger than kExactLimit (wilcoxon_dist.h), where exact counts cost too much.
// Otherwise the normal approximation with R's tie correction of the variance and, when
// correct, the continuity correction of 0.5 toward the mean. Zero differences are dropped
// before ranking (R's rule).
//
// Inputs : finite numbers, any unit (only ranks matter); paired inputs of equal length.
// Output : the statistic (V or W), p, whether p is exact, R's method string; when R would stop
//          or return NaN (no observations, every difference zero, all values tied) p is
//          nullopt and note says why.
#include <optional>
#include <span>
#include <string>

namespace ts::stats {

struct WilcoxonResult {
    std::string method;               // R's method string
    std::optional<double> statistic;  // V (signed rank) or W (rank sum)
    std::optional<double> p;
    bool exact = false;
    std::string note;
};

WilcoxonResult signedRank(std::span<const double> x, double mu = 0, std::optional<bool> exact = std::nullopt,
                          bool correct = true);
WilcoxonResult pairedSignedRank(std::span<const double> x, std::span<const double> y,
                                std::optional<bool> exact = std::nullopt, bool correct = true);
WilcoxonResult rankSum(std::span<const double> x, std::span<const double> y, std::optional<bool> exact = std::nullopt,
                       bool correct = true);

}  // namespace ts::stats
