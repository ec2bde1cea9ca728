#pragma once
// Deterministic one-dimensional search for the placement shape of reconstructArm (or any positive
// tuning parameter) that brings a reconstructed statistic closest to its published value.
//
// Inputs : loss  - maps a parameter value to a non-negative loss (e.g. |log HR - log HR_published|)
//          lo, hi - search range, 0 < lo < hi
//          steps  - number of grid points (>= 2)
// Output : the grid point with the smallest loss (the first one on ties) and its loss.
// Why a grid and not Newton/golden section: the loss is a step function of the parameter (event
// counts are integers, so statistics jump), which defeats derivative or bracketing methods; a
// log-spaced grid is cheap here (a few hundred Cox fits) and always gives the same answer.
#include <functional>

namespace ts {

struct ShapeChoice {
    double value = 1;
    double loss = 0;
};

ShapeChoice searchShape(const std::function<double(double)>& loss, double lo, double hi, int steps = 121);

}  // namespace ts
