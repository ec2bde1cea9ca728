#pragma once
// The smooth of a scaled Schoenfeld residual plot, as survival's plot.cox.zph draws it: a least-
// squares natural cubic spline (splines::ns(df = 4, intercept = TRUE)) of the residuals against the
// transformed time, evaluated on an even grid, with a band of +/- 2 standard errors.
//
// Inputs : x, y - the events' transformed times and one column's scaled residuals (same length,
//                 at least 4 distinct x); var - that column's diagonal element of cox.zph's var
//          points - grid size (plot.cox.zph's nsmo, 40)
// Output : grid from min(x) to max(x), the fitted values and the band yhat -/+ 2 sqrt(var * h),
//          h = p' (X'X)^-1 p. Empty when the spline fit is singular (R skips the variable).
// Knots  : as ns() on c(grid, x): boundary knots at the range, interior knots at its 1/3 and 2/3
//          quantiles (type 7). The fit depends on the spline space only, so any basis of it gives
//          R's values: we use the truncated-power basis of natural cubic splines.
#include <span>
#include <vector>

namespace ts::stats {

struct ZphSmooth {
    std::vector<double> x, fit, lower, upper;
};

ZphSmooth zphSmooth(std::span<const double> x, std::span<const double> y, double var, int points = 40);

}  // namespace ts::stats
