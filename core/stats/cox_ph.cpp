#include "core/stats/cox_ph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include "core/stats/chisq_tail.h"
#include "core/stats/chol_tol.h"
#include "core/stats/cox_data.h"
#include "core/stats/cox_sweep.h"
#include "core/stats/normal.h"
#include "core/stats/stats_note.h"

namespace ts::stats {
namespace {

// coxph.control() defaults.
constexpr int kIterMax = 20;
constexpr double kEps = 1e-9;  // relative change in loglik for convergence
const double kTolerChol = std::pow(std::numeric_limits<double>::epsilon(), 0.75);
const double kTolerInf = std::sqrt(kEps);  // infinite-coefficient check

// The Newton–Raphson outcome on the scaled covariates.
struct Newton {
    Eigen::VectorXd beta;
    CoxSums atBeta;  // loglik, score, information at beta
    double loglikNull = 0;
    double scoreTest = 0;
    int iterations = 0;
    bool converged = false;
};

// Newton–Raphson from beta = 0 with coxfit6's safeguards: after the k-th consecutive step that
// lowers the loglik (or overflows), the trial point keeps only 1/(k+1) of its step from the last
// good beta (k = 1 halves it), which makes the retreat more aggressive each time;
// convergence is |1 - best/new| <= eps on the loglik. Pivots the Cholesky step finds singular
// get a zero step, so their coefficients stay 0.
Newton newton(const CoxData& data, Ties ties) {
    const auto allFinite = [](const CoxSums& s) {
        return std::isfinite(s.loglik) && s.u.allFinite() && s.imat.allFinite();
    };
    Newton out;
    out.beta = Eigen::VectorXd::Zero(data.p);
    out.atBeta = coxSweep(data, out.beta, ties);
    out.loglikNull = out.atBeta.loglik;
    const Eigen::VectorXd step0 = CholTol(out.atBeta.imat, kTolerChol).solve(out.atBeta.u);
    out.scoreTest = out.atBeta.u.dot(step0);  // score test at beta = 0

    double best = out.loglikNull;
    Eigen::VectorXd next = out.beta + step0;
    int halving = 0;
    for (out.iterations = 1; out.iterations <= kIterMax; ++out.iterations) {
        CoxSums s = coxSweep(data, next, ties);
        const bool finite = allFinite(s);
        if (finite && std::abs(1 - best / s.loglik) <= kEps) {
            out.beta = next;
            out.atBeta = std::move(s);
            out.converged = true;
            return out;
        }
        if (!finite || s.loglik < best) {
            ++halving;
            next = (next + halving * out.beta) / (halving + 1.0);
        } else {
            halving = 0;
            best = s.loglik;
            out.beta = next;
            next += CholTol(s.imat, kTolerChol).solve(s.u);
            out.atBeta = std::move(s);
        }
    }
    out.iterations = kIterMax;
    return out;
}

// b' V^-1 b over the estimable coefficients, as coxph.wtest.
double waldTest(const Eigen::VectorXd& coef, const Eigen::MatrixXd& var, const std::vector<int>& keep) {
    const auto k = static_cast<Eigen::Index>(keep.size());
    Eigen::VectorXd b(k);
    Eigen::MatrixXd v(k, k);
    for (Eigen::Index i = 0; i < k; ++i) {
        b(i) = coef(keep[i]);
        for (Eigen::Index j = 0; j < k; ++j) v(i, j) = var(keep[i], keep[j]);
    }
    return b.dot(CholTol(v, kTolerChol).solve(b));
}

CoxStatus worse(CoxStatus a, CoxStatus b) {
    // Severity order: NotConverged > Infinite > Singular > Converged.
    const auto rank = [](CoxStatus s) {
        switch (s) {
        case CoxStatus::Converged: return 0;
        case CoxStatus::Singular: return 1;
        case CoxStatus::Infinite: return 2;
        case CoxStatus::NotConverged: return 3;
        case CoxStatus::NoEvents: return 4;
        }
        return 4;
    };
    return rank(a) >= rank(b) ? a : b;
}

}  // namespace

CoxFit coxPh(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
             std::span<const int> strata, Ties ties, double level) {
    const int n = static_cast<int>(time.size());
    const int p = design.cols();
    if (event.size() != time.size() || design.x.size() != static_cast<std::size_t>(n) * p ||
        (!strata.empty() && strata.size() != time.size()))
        throw std::invalid_argument("coxPh: time, event, design and strata lengths differ");

    CoxFit fit;
    fit.n = n;
    fit.terms.resize(p);
    for (int j = 0; j < p; ++j) fit.terms[j].name = design.names[j];
    fit.events = static_cast<int>(std::count_if(event.begin(), event.end(), [](int e) { return e != 0; }));
    fit.vcov.assign(static_cast<std::size_t>(p) * p, 0.0);
    if (fit.events == 0) {
        fit.status = CoxStatus::NoEvents;
        fit.note = "no events";
        for (auto& t : fit.terms) {
            t.estimable = false;
            t.note = "not estimable: no events";
        }
        return fit;
    }

    const CoxData data = prepareCox(time, event, design.x, p, strata);
    if (p == 0) {  // null model: only its loglik
        fit.note = "no covariates";
        fit.loglikNull = fit.loglik = coxSweep(data, Eigen::VectorXd(), ties).loglik;
        return fit;
    }
    const Newton nr = newton(data, ties);
    const CholTol chol(nr.atBeta.imat, kTolerChol);
    const Eigen::VectorXd scale = Eigen::Map<const Eigen::VectorXd>(data.scale.data(), p);

    // Back to the original covariate scale: coef = beta * scale, var_ij = inv_ij scale_i scale_j.
    const Eigen::VectorXd coef = nr.beta.cwiseProduct(scale);
    const Eigen::MatrixXd var = scale.asDiagonal() * chol.inverse() * scale.asDiagonal();
    const Eigen::VectorXd u = nr.atBeta.u.cwiseQuotient(scale);
    // R's infinite-coefficient check: the Newton step still pending at convergence, |u' V|, is
    // large both absolutely and relative to the coefficient, i.e. the loglik flattened out while
    // the coefficient was still running away.
    const Eigen::VectorXd pending = (u.transpose() * var).transpose().cwiseAbs();

    fit.iterations = nr.iterations;
    fit.loglikNull = nr.loglikNull;
    fit.loglik = nr.atBeta.loglik;
    fit.status = nr.converged ? CoxStatus::Converged : CoxStatus::NotConverged;
    if (!nr.converged) appendNote(fit.note, "did not converge in 20 iterations");

    const double z = zForLevel(level);
    std::vector<int> keep;
    for (int j = 0; j < p; ++j) {
        CoxTerm& t = fit.terms[j];
        if (chol.rank() < p && var(j, j) == 0) {
            t.estimable = false;
            t.note = "not estimable: collinear";
            fit.status = worse(fit.status, CoxStatus::Singular);
            continue;
        }
        keep.push_back(j);
        t.coef = coef(j);
        t.se = std::sqrt(var(j, j));
        const bool infinite = !std::isfinite(u(j)) || (pending(j) > kEps && pending(j) > kTolerInf * std::abs(coef(j)));
        // Without convergence (R: "Ran out of iterations") the coefficients are where the iterations
        // stopped, typically one running away under separation: not estimates to show either.
        if (!nr.converged || infinite) {
            t.estimable = false;
            t.note = nr.converged ? "not estimable: coefficient may be infinite (monotone likelihood)"
                                  : "not estimable: the fit did not converge (coefficient may be infinite)";
            if (nr.converged) fit.status = worse(fit.status, CoxStatus::Infinite);
            continue;
        }
        t.z = t.coef / t.se;
        t.p = normalTwoSidedP(t.z);
        t.hr = std::exp(t.coef);
        t.lower = std::exp(t.coef - z * t.se);
        t.upper = std::exp(t.coef + z * t.se);
    }
    if (fit.status == CoxStatus::Singular) appendNote(fit.note, "design not of full rank: some terms not estimable");
    if (fit.status == CoxStatus::Infinite)
        appendNote(fit.note, "monotone likelihood: some coefficients may be infinite");

    fit.df = static_cast<int>(keep.size());
    fit.lrChisq = 2 * (fit.loglik - fit.loglikNull);
    fit.lrP = chisqUpperP(fit.lrChisq, fit.df);
    fit.waldChisq = waldTest(coef, var, keep);
    fit.waldP = chisqUpperP(fit.waldChisq, fit.df);
    fit.scoreChisq = nr.scoreTest;
    fit.scoreP = chisqUpperP(fit.scoreChisq, fit.df);
    Eigen::Map<Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(fit.vcov.data(), p, p) = var;
    return fit;
}

}  // namespace ts::stats
