#include "core/stats/cox_zph.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/stats/chisq_tail.h"
#include "core/stats/time_order.h"

namespace ts::stats {

namespace {

// 1 - S(t-) of the pooled Kaplan–Meier (strata ignored, as cox.zph's survfitKM) at each row's time;
// `rows` in time order, with the merged times that decide ties.
std::vector<double> kmTransform(std::span<const int> event, const TimeOrder& rows) {
    std::vector<double> out(rows.size());
    double surv = 1, atRisk = static_cast<double>(rows.size());
    for (std::size_t i = 0; i < rows.size();) {
        const double t = rows[i].time;
        double d = 0, leaving = 0;
        std::size_t j = i;
        for (; j < rows.size() && rows[j].time == t; ++j) {
            out[rows[j].row] = 1 - surv;  // S just before t
            d += event[rows[j].row] != 0;
            leaving += 1;
        }
        surv *= 1 - d / atRisk;
        atRisk -= leaving;
        i = j;
    }
    return out;
}

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// What the backward sweep gathers: the information blocks of the base and time-varying columns,
// the time-varying columns' score, and each event's Schoenfeld residual (in reverse order).
struct Sweep {
    Eigen::MatrixXd i11, i12, i22;
    Eigen::VectorXd u2;
    std::vector<std::size_t> eventRow;
    std::vector<double> schoen;  // events x p
};

// The sweep from the last time backwards over `order` (stratum, then time): risk-set sums are
// running sums, reset at each stratum; at each event time the Efron (or Breslow) terms give the
// information and the mean covariate, weighted by g(t) = ttime - mean for the time-varying columns.
// P is the number of columns when small and known at compile time (sums in registers, no call per
// row into Eigen's dynamic kernels), Eigen::Dynamic otherwise.
template <int P>
Sweep sweep(const RowMatrix& x, const Eigen::ArrayXd& w, const TimeOrder& order, std::span<const int> event,
            std::span<const int> strata, const std::vector<double>& ttime, double mean, Ties ties) {
    using Vec = Eigen::Matrix<double, P, 1>;
    using Mat = Eigen::Matrix<double, P, P>;
    const auto p = static_cast<int>(x.cols());
    const std::size_t n = order.size();
    const auto stratumOf = [&](std::size_t i) { return strata.empty() ? 0 : strata[i]; };
    Sweep out{Eigen::MatrixXd::Zero(p, p),
              Eigen::MatrixXd::Zero(p, p),
              Eigen::MatrixXd::Zero(p, p),
              Eigen::VectorXd::Zero(p),
              {},
              {}};
    double r0 = 0, d0 = 0;
    Vec r1 = Vec::Zero(p), d1 = Vec::Zero(p), xDead = Vec::Zero(p), m = Vec::Zero(p), meanSum = Vec::Zero(p);
    Mat r2 = Mat::Zero(p, p), d2 = Mat::Zero(p, p), info = Mat::Zero(p, p);
    Mat i11 = Mat::Zero(p, p), i12 = Mat::Zero(p, p), i22 = Mat::Zero(p, p);  // copied out at the end
    Vec u2 = Vec::Zero(p);
    // One residual row per event: room for all at once (grown by doubling, 10 MB at 10^6 rows were
    // copied and faulted in again on each growth).
    const auto events =
        static_cast<std::size_t>(std::count_if(event.begin(), event.end(), [](int e) { return e != 0; }));
    out.eventRow.reserve(events);
    out.schoen.reserve(events * static_cast<std::size_t>(p));
    std::vector<std::size_t> deaths;
    for (std::size_t hi = n; hi > 0;) {
        const TimedRow last = order[hi - 1];
        if (hi == n || stratumOf(order[hi].row) != stratumOf(last.row)) {  // a new stratum: empty risk set
            r0 = 0;
            r1.setZero();
            r2.setZero();
        }
        // The rows tied at this time within the stratum join the risk set.
        std::size_t lo = hi;
        d0 = 0;
        d1.setZero();
        xDead.setZero();
        d2.setZero();
        deaths.clear();
        for (; lo > 0 && order[lo - 1].time == last.time && stratumOf(order[lo - 1].row) == stratumOf(last.row); --lo) {
            const std::size_t i = order[lo - 1].row;
            const Eigen::Map<const Vec> xi(x.data() + i * static_cast<std::size_t>(p), p);
            const double wi = w(static_cast<Eigen::Index>(i));
            r0 += wi;
            r1 += wi * xi;
            r2.noalias() += (wi * xi) * xi.transpose();
            if (!event[i]) continue;
            d0 += wi;
            d1 += wi * xi;
            d2.noalias() += (wi * xi) * xi.transpose();
            xDead += xi;
            deaths.push_back(i);
        }
        hi = lo;
        if (deaths.empty()) continue;
        // Efron: term k of the d uses the risk set less k/d of the deaths' weight.
        const double d = static_cast<double>(deaths.size());
        meanSum.setZero();
        info.setZero();
        for (std::size_t k = 0; k < deaths.size(); ++k) {
            const double c = ties == Ties::Efron ? static_cast<double>(k) / d : 0.0;
            const double s0 = r0 - c * d0;
            m = (r1 - c * d1) / s0;
            info += (r2 - c * d2) / s0;
            info.noalias() -= m * m.transpose();
            meanSum += m;
        }
        const double g = ttime[deaths.front()] - mean;
        i11 += info;
        i12 += g * info;
        i22 += g * g * info;
        u2 += g * (xDead - meanSum);
        for (std::size_t i : deaths) {
            out.eventRow.push_back(i);
            for (Eigen::Index k = 0; k < p; ++k)
                out.schoen.push_back(x(static_cast<Eigen::Index>(i), k) - meanSum(k) / d);
        }
    }
    for (Eigen::Index a = 0; a < p; ++a) {  // element by element: no packet load past a 1 x 1 matrix
        out.u2(a) = u2(a);
        for (Eigen::Index b = 0; b < p; ++b) {
            out.i11(a, b) = i11(a, b);
            out.i12(a, b) = i12(a, b);
            out.i22(a, b) = i22(a, b);
        }
    }
    return out;
}

// u' A^-1 u, or NaN when A is singular.
double quadratic(const Eigen::MatrixXd& a, const Eigen::VectorXd& u) {
    Eigen::FullPivLU<Eigen::MatrixXd> lu(a);
    if (!lu.isInvertible()) return std::nan("");
    return u.dot(lu.solve(u));
}

}  // namespace

CoxZph coxZph(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
              std::span<const int> strata, std::span<const double> coef, Ties ties, const std::vector<ZphTerm>& terms) {
    CoxZph out;
    const std::size_t n = time.size();
    const int pAll = design.cols();
    std::vector<int> kept;  // design columns with a finite coefficient
    for (int j = 0; j < pAll; ++j)
        if (std::isfinite(coef[static_cast<std::size_t>(j)])) kept.push_back(j);
    const int p = static_cast<int>(kept.size());
    for (int j : kept) {
        out.columns.push_back(design.names[static_cast<std::size_t>(j)]);
        out.coef.push_back(coef[static_cast<std::size_t>(j)]);
    }
    if (p == 0 || n == 0) return out;

    // Covariates centred (this changes neither scores nor information) and risk scores.
    RowMatrix x(static_cast<Eigen::Index>(n), p);
    Eigen::VectorXd beta(p);
    for (int k = 0; k < p; ++k) {
        beta(k) = coef[static_cast<std::size_t>(kept[static_cast<std::size_t>(k)])];
        for (std::size_t i = 0; i < n; ++i)
            x(static_cast<Eigen::Index>(i), k) = design.x[i * static_cast<std::size_t>(pAll) +
                                                          static_cast<std::size_t>(kept[static_cast<std::size_t>(k)])];
    }
    x.rowwise() -= x.colwise().mean();
    // exp(x beta) row by row: the expression form made the product a temporary of n doubles first.
    Eigen::ArrayXd w(static_cast<Eigen::Index>(n));
    for (Eigen::Index i = 0; i < w.size(); ++i) w(i) = std::exp(x.row(i).dot(beta));

    // Time order by radix sort, near-equal times merged as coxph's timefix; then by stratum (stable).
    const TimeOrder byTime = orderByTime(time);
    const std::vector<double> ttime = kmTransform(event, byTime);
    double mean = 0;
    int events = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (event[i]) {
            mean += ttime[i];
            ++events;
        }
    if (events == 0) return out;
    mean /= events;

    TimeOrder byStratum{std::vector<TimedRow>{}};  // a list only when there are strata
    if (!strata.empty()) {
        std::vector<TimedRow> rows(byTime.begin(), byTime.end());
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const TimedRow& a, const TimedRow& b) { return strata[a.row] < strata[b.row]; });
        byStratum = TimeOrder(std::move(rows));
    }
    const TimeOrder& order = strata.empty() ? byTime : byStratum;

    const Sweep sw = p == 1   ? sweep<1>(x, w, order, event, strata, ttime, mean, ties)
                     : p == 2 ? sweep<2>(x, w, order, event, strata, ttime, mean, ties)
                     : p == 3 ? sweep<3>(x, w, order, event, strata, ttime, mean, ties)
                              : sweep<Eigen::Dynamic>(x, w, order, event, strata, ttime, mean, ties);
    const Eigen::MatrixXd& i11 = sw.i11;
    const Eigen::MatrixXd& i12 = sw.i12;
    const Eigen::MatrixXd& i22 = sw.i22;
    const Eigen::VectorXd& u2 = sw.u2;
    const std::vector<std::size_t>& eventRow = sw.eventRow;
    const std::vector<double>& schoen = sw.schoen;

    // Score test for the p time-varying columns, the base columns' score being 0 at the fit.
    Eigen::MatrixXd imat(2 * p, 2 * p);
    imat << i11, i12, i12.transpose(), i22;
    Eigen::VectorXd u = Eigen::VectorXd::Zero(2 * p);
    u.tail(p) = u2;
    const double global = quadratic(imat, u);
    out.defined = std::isfinite(global);
    out.global = {"GLOBAL", global, p, out.defined ? chisqUpperP(global, p) : 1.0};
    for (const ZphTerm& t : terms) {
        std::vector<int> cols;  // positions among the kept columns
        for (int c : t.columns)
            if (auto it = std::find(kept.begin(), kept.end(), c); it != kept.end())
                cols.push_back(static_cast<int>(it - kept.begin()));
        if (cols.empty()) continue;
        std::vector<int> rows(static_cast<std::size_t>(p));
        std::iota(rows.begin(), rows.end(), 0);
        for (int c : cols) rows.push_back(p + c);
        const auto size = static_cast<Eigen::Index>(rows.size());
        Eigen::MatrixXd sub(size, size);
        Eigen::VectorXd us(size);
        for (Eigen::Index a = 0; a < size; ++a) {
            us(a) = u(rows[static_cast<std::size_t>(a)]);
            for (Eigen::Index b = 0; b < size; ++b)
                sub(a, b) = imat(rows[static_cast<std::size_t>(a)], rows[static_cast<std::size_t>(b)]);
        }
        const double chisq = quadratic(sub, us);
        const int df = static_cast<int>(cols.size());
        out.terms.push_back({t.name, chisq, df, std::isfinite(chisq) ? chisqUpperP(chisq, df) : 1.0});
    }

    // Scaled Schoenfeld residuals, in stratum-then-time order.
    const Eigen::MatrixXd vmean = i11 / events;
    Eigen::FullPivLU<Eigen::MatrixXd> lu(vmean);
    if (!lu.isInvertible()) return out;
    const Eigen::MatrixXd var = lu.inverse();
    for (Eigen::Index a = 0; a < p; ++a)
        for (Eigen::Index b = 0; b < p; ++b) out.var.push_back(var(a, b));
    for (std::size_t e = eventRow.size(); e > 0; --e) {
        const std::size_t i = eventRow[e - 1];
        out.x.push_back(ttime[i]);
        out.time.push_back(time[i]);
        const Eigen::Map<const Eigen::VectorXd> r(schoen.data() + (e - 1) * static_cast<std::size_t>(p), p);
        const Eigen::VectorXd scaled = var * r + beta;
        for (Eigen::Index k = 0; k < p; ++k) out.resid.push_back(scaled(k));
    }
    return out;
}

}  // namespace ts::stats
