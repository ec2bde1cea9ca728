#pragma once
// Test of proportional hazards for a fitted Cox model, as survival::cox.zph(fit, transform = "km")
// (survival 3.x): the score test, at the fitted coefficients, for adding x * g(t) to the model, where
// g(t) = 1 - S(t-) of the pooled Kaplan–Meier minus its mean over the events; plus the scaled
// Schoenfeld residuals cox.zph returns for its plot.
//
// Inputs : time, event (1/0), design (n x p, the model's columns), strata (empty = none), coef (p,
//          the fitted coefficients on the design's scale; a column whose coefficient is not finite is
//          left out, as cox.zph drops NA coefficients), ties (Efron or Breslow, as the fit), terms:
//          the design columns of each model term (a factor's dummies form one term).
// Output : per term, chi-square = u' I^-1 u over the p base columns and the term's time-varying
//          columns, df = its columns; the global test over all of them (df = p). `defined` is false
//          when the information matrix is singular. Per event (in stratum, then time order): x =
//          the transformed time 1 - S(t-), time, and each column's scaled Schoenfeld residual
//          (vmean^-1 r + coef, vmean = I / events: cox.zph(fit, terms = FALSE)$y); var = vmean^-1.
// Preconditions: same lengths; strata >= 0. Near-equal times are tied, as coxph's timefix (time_order.h).
// Cost   : one sort, one backward sweep, O(n p^2).
#include <span>
#include <string>
#include <vector>

#include "core/stats/cox_ph.h"

namespace ts::stats {

struct ZphTest {
    std::string term;
    double chisq = 0;
    int df = 0;
    double p = 1;
};

struct ZphTerm {
    std::string name;
    std::vector<int> columns;
};

struct CoxZph {
    bool defined = false;
    ZphTest global;
    std::vector<ZphTest> terms;
    std::vector<std::string> columns;  // the columns kept, in design order
    std::vector<double> coef;          // their fitted coefficients
    std::vector<double> x, time;       // per event
    std::vector<double> resid;         // events x columns, row-major
    std::vector<double> var;           // columns x columns
};

CoxZph coxZph(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
              std::span<const int> strata, std::span<const double> coef, Ties ties, const std::vector<ZphTerm>& terms);

}  // namespace ts::stats
