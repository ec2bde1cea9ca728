#pragma once
// Sample quantiles by R's default definition, quantile(x, probs, type = 7):
// with h = (n - 1) p, Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]) on the
// sorted sample (0-based), written as R writes it, (1 - g) x[j] + g x[j + 1].
//
// Inputs : values - finite numbers, any order (the routine works on a copy);
//          probs  - probabilities in [0, 1].
// Output : one quantile per prob, in the order given; all std::nullopt when values is empty.
// Cost   : linear in n (selection with std::nth_element, no full sort).
#include <optional>
#include <span>
#include <vector>

namespace ts::stats {

std::vector<std::optional<double>> quantiles(std::span<const double> values, std::span<const double> probs);

}  // namespace ts::stats
