#pragma once
// One group x visit point of the lab view from patient-level values, and the between-group test
// at a visit.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/analysis/lab_analysis.h"

namespace ts {

// Median of the values (R's median); nullopt when empty.
std::optional<double> medianOf(std::vector<double> values);

// n and center / lower / upper of the values by `kind`: mean -/+ SD, mean -/+ SE, mean with its
// t-based 95% CI, or median with Q1 / Q3 (quantile type 7). Bounds are nullopt when n < 2.
LabPoint summarise(const std::vector<double>& values, LabSummaryKind kind);

// The between-group test at a visit, decided by how many groups have values there (>= 2) and the
// summary: on means Welch's t (2 groups) or one-way ANOVA; on medians Wilcoxon rank sum (2 groups)
// or Kruskal–Wallis. Figures name the test from this, so the name always matches what ran.
enum class VisitTest { WelchT, Anova, RankSum, KruskalWallis };
VisitTest visitTestFor(std::size_t groupsWithValues, LabSummaryKind kind);
std::string_view visitTestName(VisitTest test);  // UTF-8: "Welch t-test", "ANOVA", "Wilcoxon", "Kruskal–Wallis"

// Two-sided p of visitTestFor(groups with values, kind) across the groups that have values.
// nullopt when fewer than two groups have values or the test is not estimable.
std::optional<double> visitTest(const std::vector<std::vector<double>>& groups, LabSummaryKind kind);

}  // namespace ts
