#include "core/stats/cox_sweep.h"

#include <cmath>

namespace ts::stats {
namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Weighted moments of the covariates over a set of rows: s0 = sum w, s1 = sum w x,
// s2 = sum w x x' (lower triangle used). P is the number of covariates when it is small and known
// at compile time, so that the sums stay in registers; Eigen::Dynamic otherwise.
template <int P>
struct Moments {
    using Vec = Eigen::Matrix<double, P, 1>;
    using Mat = Eigen::Matrix<double, P, P>;
    double s0 = 0;
    Vec s1;
    Mat s2;

    explicit Moments(int p) : s1(Vec::Zero(p)), s2(Mat::Zero(p, p)) {}

    void clear() {
        s0 = 0;
        s1.setZero();
        s2.setZero();
    }
    EIGEN_STRONG_INLINE void add(double w, const Eigen::Map<const Vec>& x) {
        s0 += w;
        s1 += w * x;
        s2.noalias() += (w * x) * x.transpose();
    }
};

// The likelihood terms of one event time with d tied events, risk set R (events included) and
// event set D. Term k = 0..d-1 uses the risk set R - c_k D, with c_k = k/d (Efron) or 0
// (Breslow), and adds -log S0_k to the loglik, -S1_k/S0_k to u and S2_k/S0_k - m_k m_k' to imat
// (m_k = S1_k/S0_k). Because S_k is linear in c_k, the sums over k only need the scalars
//   A_j = sum_k c_k^j / S0_k (j = 0, 1) and B_j = sum_k c_k^j / S0_k^2 (j = 0, 1, 2),
// so a group costs O(d) scalar work plus O(p^2), instead of O(d p^2).
template <int P>
void addEventTime(int d, bool efron, const Moments<P>& r, const Moments<P>& e, CoxSums& out) {
    // sum_k log S0_k is taken as d log S0 + log prod_k (S0_k / S0): one log per event time
    // instead of d. Each ratio lies in [1/d, 1], so the product is flushed into the log only when
    // it nears the bottom of the double range.
    double a0 = 0, a1 = 0, b0 = 0, b1 = 0, b2 = 0;
    double logSum = d * std::log(r.s0), prod = 1;
    for (int k = 0; k < d; ++k) {
        const double c = efron ? static_cast<double>(k) / d : 0.0;
        const double s0 = r.s0 - c * e.s0;
        const double a = 1 / s0;
        prod *= s0 * (1 / r.s0);
        if (prod < 1e-250) {
            logSum += std::log(prod);
            prod = 1;
        }
        a0 += a;
        a1 += c * a;
        b0 += a * a;
        b1 += c * a * a;
        b2 += c * c * a * a;
    }
    if (prod != 1) logSum += std::log(prod);
    out.loglik -= logSum;
    out.u -= r.s1 * a0 - e.s1 * a1;
    const auto cross = r.s1 * e.s1.transpose();
    out.imat.template triangularView<Eigen::Lower>() += r.s2 * a0 - e.s2 * a1 - r.s1 * r.s1.transpose() * b0 +
                                                        (cross + cross.transpose()) * b1 - e.s1 * e.s1.transpose() * b2;
}

template <int P>
CoxSums sweep(const CoxData& data, const Eigen::VectorXd& beta, Ties ties) {
    const int p = data.p;
    const Eigen::Map<const RowMatrix> x(data.x.data(), data.n, p);
    // The numerator of the partial likelihood and its derivative do not need the risk sets:
    // sum over events of x'beta and of x (the latter precomputed once).
    const Eigen::VectorXd eventX = Eigen::Map<const Eigen::VectorXd>(data.eventX.data(), p);
    CoxSums out{beta.dot(eventX), eventX, Eigen::MatrixXd::Zero(p, p)};
    // Risk scores for all rows at once: the exponentials vectorise here, not in the sweep below.
    const Eigen::ArrayXd w = (x * beta).array().exp();

    Moments<P> risk(p);  // every row at risk at the current time, events included
    Moments<P> dead(p);  // the events at the current time
    int nDead = 0;
    for (int r = data.n - 1; r >= 0; --r) {
        const std::uint8_t mark = data.mark[r];
        if (mark & CoxData::StratumLast) risk.clear();
        const Eigen::Map<const typename Moments<P>::Vec> xr(data.x.data() + static_cast<std::size_t>(r) * p, p);
        const int count = data.count[r];
        const double wr = w(r) * count;
        risk.add(wr, xr);
        // Branch-free: a censored row adds weight 0 to the event set (cheaper than a mispredicted jump).
        const int e = data.event[r];
        dead.add(e * wr, xr);
        nDead += e * count;
        if (!(mark & CoxData::TieFirst) || nDead == 0) continue;

        addEventTime(nDead, ties == Ties::Efron, risk, dead, out);
        dead.clear();
        nDead = 0;
    }
    out.imat.triangularView<Eigen::StrictlyUpper>() = out.imat.transpose();
    return out;
}

}  // namespace

CoxSums coxSweep(const CoxData& data, const Eigen::VectorXd& beta, Ties ties) {
    // Fixed-size instantiations for the common small designs (treatment arms, a few covariates).
    switch (data.p) {
    case 1: return sweep<1>(data, beta, ties);
    case 2: return sweep<2>(data, beta, ties);
    case 3: return sweep<3>(data, beta, ties);
    case 4: return sweep<4>(data, beta, ties);
    default: return sweep<Eigen::Dynamic>(data, beta, ties);
    }
}

}  // namespace ts::stats
