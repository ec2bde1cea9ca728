#pragma once
// Illustrative subject-level lab values whose arm x visit means and SDs follow given targets (the
// published baseline mean ± SD, and visit means made up to follow a paper's words).
//
// Inputs : n subjects of one arm; per visit the target mean and SD (same unit); seed offset `stride`
//          (coprime with n) that permutes subjects so ranks differ between parameters.
// Output : n x visits values; subject i at visit v = target quantile of normal score z_i, where
//          z_i = qnorm((perm(i) + 1/2) / n), perm(i) = (stride * i) mod n. Normal when SD <= mean/3,
//          else log-normal with the same mean and SD (keeps skewed labs such as bilirubin positive).
//          The same z_i at every visit: a subject keeps its rank (illustrative, not a fitted model).
// Precondition: n > 0, means > 0, SDs >= 0, gcd(stride, n) = 1.
#include <vector>

namespace ts {

struct VisitTarget {
    double mean = 0;
    double sd = 0;
};

std::vector<std::vector<double>> illustrativeLabs(int n, const std::vector<VisitTarget>& visits, int stride);

}  // namespace ts
