#pragma once
// Cox proportional-hazards regression, as survival::coxph(Surv(time, status) ~ x + strata(s),
// ties = "efron" | "breslow"). Newton–Raphson with step halving, R's convergence rule
// (|1 - loglik_old/loglik_new| < 1e-9, at most 20 iterations) and R's infinite-coefficient check.
//
// Inputs : time, event (1/0), design x (n rows x p columns, row-major), term names (p),
//          strata (empty = none; any integer codes), ties, level for HR CIs.
//          Throws std::invalid_argument when the lengths disagree.
// Output : a CoxFit whose status says whether the numbers can be used. Divergent or non-estimable
//          coefficients are flagged per term (estimable = false, note says why); the caller never
//          sees a silent huge number. A collinear term ("not estimable: collinear", NA in R) has
//          coef = se = 0 and a zero row/column in vcov; a divergent term ("coefficient may be
//          infinite", R's warning) keeps R's coef and se for diagnosis, while hr, lower, upper, z
//          and p stay at their neutral defaults; after NotConverged every term is flagged the same
//          way. df counts the terms that are not collinear, as R.
// Method : covariates centred and scaled as coxfit6 (cox_data.h); risk-set sums by one backward
//          sweep per iteration (cox_sweep.h); singular pivots dropped at toler.chol = eps^0.75
//          (chol_tol.h). Times are tied up to aeqSurv's tolerance (coxph's timefix = TRUE).
// Cost   : one O(n log n) sort, then O(n p^2) per iteration (O(distinct rows) for coded designs).
#include <span>
#include <string>
#include <vector>

namespace ts::stats {

enum class Ties { Efron, Breslow };
enum class CoxStatus {
    Converged,
    NotConverged,  // iteration limit reached
    Infinite,      // monotone likelihood: some coefficient tends to +-infinity (separation)
    Singular,      // design not of full rank: some columns dropped (coef NA in R)
    NoEvents       // nothing to fit
};

struct CoxTerm {
    std::string name;
    bool estimable = true;
    std::string note;  // why not estimable
    double coef = 0;
    double se = 0;
    double hr = 1;
    double lower = 1;
    double upper = 1;
    double z = 0;
    double p = 1;
};

struct CoxFit {
    CoxStatus status = CoxStatus::Converged;
    std::string note;
    std::vector<CoxTerm> terms;
    int n = 0;
    int events = 0;
    int iterations = 0;
    double loglikNull = 0;
    double loglik = 0;
    int df = 0;
    double lrChisq = 0, lrP = 1;
    double waldChisq = 0, waldP = 1;
    double scoreChisq = 0, scoreP = 1;
    std::vector<double> vcov;  // p x p row-major
};

struct CoxDesign {
    std::vector<std::string> names;  // p term names
    std::vector<double> x;           // n x p, row-major
    int cols() const { return static_cast<int>(names.size()); }
};

// Treatment (dummy) coding of a group factor against `reference`: one column per other group,
// named by `labels`.
CoxDesign groupDesign(std::span<const int> group, std::span<const std::string> labels, int reference);

CoxFit coxPh(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
             std::span<const int> strata = {}, Ties ties = Ties::Efron, double level = 0.95);

}  // namespace ts::stats
