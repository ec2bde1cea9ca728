#pragma once
// One pass of the Cox partial likelihood over prepared data (cox_data.h): log partial
// likelihood, score vector and information matrix at beta, with Breslow or Efron handling of
// tied event times, as survival's coxfit6 iteration step.
//
// Inputs : prepared data (centred/scaled covariates, sorted by stratum and time), beta on the
//          scaled covariates (length p), ties.
// Output : loglik, u = d loglik / d beta (p), imat = - d2 loglik / d beta2 (p x p, symmetric).
// Method : risk scores exp(x'beta) are formed for all rows at once (vectorised exp); then the
//          rows are visited once from the last time backwards, so the risk-set sums
//          sum exp(eta), sum exp(eta) x and sum exp(eta) x x' are running (reverse cumulative)
//          sums, reset at each stratum: O(n p^2) per pass and no allocation per row.
//          Efron: with d tied events, term k = 0..d-1 of the d terms uses the risk set less
//          k / d of the tied events' risk.
#include <Eigen/Dense>

#include "core/stats/cox_data.h"
#include "core/stats/cox_ph.h"

namespace ts::stats {

struct CoxSums {
    double loglik = 0;
    Eigen::VectorXd u;
    Eigen::MatrixXd imat;
};

CoxSums coxSweep(const CoxData& data, const Eigen::VectorXd& beta, Ties ties);

}  // namespace ts::stats
