#pragma once
// Fisher's exact test for a 2 x 2 table, two-sided, as R's fisher.test(matrix(c(a, c, b, d), 2)).
//
// Table  :            col 1   col 2
//           row 1       a       b
//           row 2       c       d
// Given the margins, a follows the (Fisher non-central) hypergeometric distribution with
// odds ratio psi. The two-sided p sums the null (psi = 1) probabilities of all tables no more
// likely than the observed one, with R's relative tolerance: P(t) <= P(obs) (1 + 1e-7).
// The odds-ratio estimate is the conditional MLE (E[a; psi] = a) and the CI inverts the two
// one-sided tests at (1 - level) / 2 each, as R does. R solves these with uniroot at its default
// tolerance (about 1e-4); here they are solved to near machine precision on the log(psi)
// scale, so R's printed estimate and limits agree to about 4 significant digits only.
//
// Inputs : non-negative counts a, b, c, d; level in (0, 1).
// Output : p; odds ratio (0 when a is at the bottom of its range, nullopt when it is at the top:
//          the estimate is infinite); lower (0 at the bottom); upper (nullopt = unbounded);
//          a note for every missing or boundary value. When a margin is zero the table carries
//          no information on the odds ratio: p = 1 and the odds ratio and CI are nullopt.
//
// Tables larger than 2 x 2 have no exact test here: use chiSquare (chi_square.h) for r x c.
#include <optional>
#include <string>

namespace ts::stats {

struct FisherResult {
    double p = 1;
    std::optional<double> oddsRatio;  // conditional MLE
    std::optional<double> lower, upper;
    double level = 0.95;
    std::string note;
};

FisherResult fisherExact(int a, int b, int c, int d, double level = 0.95);

}  // namespace ts::stats
