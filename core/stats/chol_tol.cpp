#include "core/stats/chol_tol.h"

#include <algorithm>
#include <cmath>

namespace ts::stats {

CholTol::CholTol(const Eigen::MatrixXd& a, double toler) : m_ld(a) {
    const Eigen::Index p = a.rows();
    // The threshold is relative to the largest diagonal element, so that it does not depend on
    // the units of the covariates; an all-zero diagonal falls back to the absolute tolerance.
    double big = 0;
    for (Eigen::Index i = 0; i < p; ++i) big = std::max(big, a(i, i));
    const double eps = big > 0 ? big * toler : toler;

    for (Eigen::Index i = 0; i < p; ++i) {
        const double pivot = m_ld(i, i);
        if (!std::isfinite(pivot) || pivot < eps) {
            // Singular direction: zero the whole column so that it takes no part in any solve.
            m_ld.col(i).tail(p - i).setZero();
            continue;
        }
        ++m_rank;
        // Outer-product elimination on the lower triangle (the Schur complement of the pivot).
        for (Eigen::Index j = i + 1; j < p; ++j) {
            const double t = m_ld(j, i) / pivot;
            m_ld(j, j) -= t * m_ld(j, i);
            for (Eigen::Index k = j + 1; k < p; ++k) m_ld(k, j) -= t * m_ld(k, i);
        }
        m_ld.col(i).tail(p - i - 1) /= pivot;
    }
}

Eigen::VectorXd CholTol::solve(const Eigen::VectorXd& b) const {
    const Eigen::Index p = m_ld.rows();
    Eigen::VectorXd x = b;
    for (Eigen::Index i = 0; i < p; ++i)  // L z = b
        for (Eigen::Index j = 0; j < i; ++j) x(i) -= m_ld(i, j) * x(j);
    for (Eigen::Index i = p - 1; i >= 0; --i) {  // D L' x = z, dropped components set to 0
        if (m_ld(i, i) == 0) {
            x(i) = 0;
            continue;
        }
        x(i) /= m_ld(i, i);
        for (Eigen::Index j = i + 1; j < p; ++j) x(i) -= m_ld(j, i) * x(j);
    }
    return x;
}

Eigen::MatrixXd CholTol::inverse() const {
    const Eigen::Index p = m_ld.rows();
    Eigen::MatrixXd inv(p, p);
    for (Eigen::Index k = 0; k < p; ++k) inv.col(k) = solve(Eigen::VectorXd::Unit(p, k));
    // Symmetrise: both triangles are computed and differ only by rounding.
    return (inv + inv.transpose()) / 2;
}

}  // namespace ts::stats
