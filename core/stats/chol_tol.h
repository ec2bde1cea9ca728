#pragma once
// Cholesky (LDL') factorisation of a symmetric positive semi-definite matrix that drops
// numerically singular pivots instead of failing, as survival's cholesky2/chsolve2/chinv2
// (coxph.control(toler.chol = .Machine$double.eps^0.75)).
//
// Inputs : a symmetric p x p matrix (only the lower triangle is read), tolerance `toler`.
// Output : the factor; rank = number of pivots kept. A pivot is dropped when it is not finite
//          or below toler * (largest diagonal element); the matching component of every solution
//          is 0 and the matching row and column of the inverse are 0 (R then reports NA).
// Preconditions: square matrix. No pivoting, so the columns dropped are the later ones of a
//          collinear set, exactly as R chooses them.
#include <Eigen/Dense>

namespace ts::stats {

class CholTol {
public:
    CholTol(const Eigen::MatrixXd& a, double toler);

    int rank() const { return m_rank; }
    bool kept(int i) const { return m_ld(i, i) != 0; }
    Eigen::VectorXd solve(const Eigen::VectorXd& b) const;  // generalised solution of A x = b
    Eigen::MatrixXd inverse() const;                        // generalised inverse

private:
    Eigen::MatrixXd m_ld;  // unit lower triangle L below the diagonal, D on the diagonal
    int m_rank = 0;
};

}  // namespace ts::stats
