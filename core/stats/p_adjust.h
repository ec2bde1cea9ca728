#pragma once
// Multiple-comparison adjustment of p-values, as stats::p.adjust(p, method) in R.
//
// Input : p - raw p-values in [0, 1], any order. Output: the adjusted values in the same order,
//         capped at 1.
//   Holm        step-down: the i-th smallest (0-based) times m - i, running maximum upwards;
//   BH          Benjamini–Hochberg step-up: the i-th smallest (1-based) times m / i, running minimum
//               from the largest down;
//   Bonferroni  each times m;
//   None        unchanged.
#include <span>
#include <vector>

namespace ts::stats {

enum class PAdjust { Holm, BH, Bonferroni, None };

std::vector<double> pAdjust(std::span<const double> p, PAdjust method);

}  // namespace ts::stats
