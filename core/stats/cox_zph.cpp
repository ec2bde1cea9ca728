#include "core/stats/cox_zph.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/stats/chisq_tail.h"

namespace ts::stats {

namespace {

// 1 - S(t-) of the pooled Kaplan–Meier (strata ignored, as cox.zph's survfitKM) at each row's time.
std::vector<double> kmTransform(std::span<const double> time, std::span<const int> event,
                                const std::vector<std::size_t>& byTime) {
    std::vector<double> out(time.size());
    double surv = 1, atRisk = static_cast<double>(time.size());
    for (std::size_t i = 0; i < byTime.size();) {
        const double t = time[byTime[i]];
        double d = 0, leaving = 0;
        std::size_t j = i;
        for (; j < byTime.size() && time[byTime[j]] == t; ++j) {
            out[byTime[j]] = 1 - surv;  // S just before t
            d += event[byTime[j]] != 0;
            leaving += 1;
        }
        surv *= 1 - d / atRisk;
        atRisk -= leaving;
        i = j;
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
    Eigen::MatrixXd x(static_cast<Eigen::Index>(n), p);
    Eigen::VectorXd beta(p);
    for (int k = 0; k < p; ++k) {
        beta(k) = coef[static_cast<std::size_t>(kept[static_cast<std::size_t>(k)])];
        for (std::size_t i = 0; i < n; ++i)
            x(static_cast<Eigen::Index>(i), k) = design.x[i * static_cast<std::size_t>(pAll) +
                                                          static_cast<std::size_t>(kept[static_cast<std::size_t>(k)])];
    }
    x.rowwise() -= x.colwise().mean();
    const Eigen::ArrayXd w = (x * beta).array().exp();

    std::vector<std::size_t> byTime(n);
    std::iota(byTime.begin(), byTime.end(), std::size_t{0});
    std::stable_sort(byTime.begin(), byTime.end(), [&](std::size_t a, std::size_t b) { return time[a] < time[b]; });
    const std::vector<double> ttime = kmTransform(time, event, byTime);
    double mean = 0;
    int events = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (event[i]) {
            mean += ttime[i];
            ++events;
        }
    if (events == 0) return out;
    mean /= events;

    const auto stratumOf = [&](std::size_t i) { return strata.empty() ? 0 : strata[i]; };
    std::vector<std::size_t> order = byTime;  // stratum, then time
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return stratumOf(a) < stratumOf(b); });

    Eigen::MatrixXd i11 = Eigen::MatrixXd::Zero(p, p), i12 = i11, i22 = i11;
    Eigen::VectorXd u2 = Eigen::VectorXd::Zero(p);
    double r0 = 0;
    Eigen::VectorXd r1 = Eigen::VectorXd::Zero(p);
    Eigen::MatrixXd r2 = Eigen::MatrixXd::Zero(p, p);
    std::vector<std::size_t> deaths;
    // Residuals are found in reverse order; kept per event and put in forward order at the end.
    std::vector<std::size_t> eventRow;
    std::vector<Eigen::VectorXd> schoen;
    for (std::size_t hi = n; hi > 0;) {
        const std::size_t last = order[hi - 1];
        if (hi == n || stratumOf(order[hi]) != stratumOf(last)) {  // a new stratum: empty risk set
            r0 = 0;
            r1.setZero();
            r2.setZero();
        }
        // The rows tied at this time within the stratum join the risk set.
        std::size_t lo = hi;
        double d0 = 0;
        Eigen::VectorXd d1 = Eigen::VectorXd::Zero(p), xDead = d1;
        Eigen::MatrixXd d2 = Eigen::MatrixXd::Zero(p, p);
        deaths.clear();
        for (; lo > 0 && time[order[lo - 1]] == time[last] && stratumOf(order[lo - 1]) == stratumOf(last); --lo) {
            const std::size_t i = order[lo - 1];
            const Eigen::VectorXd xi = x.row(static_cast<Eigen::Index>(i)).transpose();
            r0 += w(static_cast<Eigen::Index>(i));
            r1 += w(static_cast<Eigen::Index>(i)) * xi;
            r2 += w(static_cast<Eigen::Index>(i)) * xi * xi.transpose();
            if (!event[i]) continue;
            d0 += w(static_cast<Eigen::Index>(i));
            d1 += w(static_cast<Eigen::Index>(i)) * xi;
            d2 += w(static_cast<Eigen::Index>(i)) * xi * xi.transpose();
            xDead += xi;
            deaths.push_back(i);
        }
        hi = lo;
        if (deaths.empty()) continue;
        // Efron: term k of the d uses the risk set less k/d of the deaths' weight.
        const double d = static_cast<double>(deaths.size());
        Eigen::VectorXd meanSum = Eigen::VectorXd::Zero(p);
        Eigen::MatrixXd info = Eigen::MatrixXd::Zero(p, p);
        for (std::size_t k = 0; k < deaths.size(); ++k) {
            const double c = ties == Ties::Efron ? static_cast<double>(k) / d : 0.0;
            const double s0 = r0 - c * d0;
            const Eigen::VectorXd m = (r1 - c * d1) / s0;
            info += (r2 - c * d2) / s0 - m * m.transpose();
            meanSum += m;
        }
        const double g = ttime[deaths.front()] - mean;
        i11 += info;
        i12 += g * info;
        i22 += g * g * info;
        u2 += g * (xDead - meanSum);
        for (std::size_t i : deaths) {
            eventRow.push_back(i);
            schoen.push_back(x.row(static_cast<Eigen::Index>(i)).transpose() - meanSum / d);
        }
    }

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
        const auto m = static_cast<Eigen::Index>(rows.size());
        Eigen::MatrixXd sub(m, m);
        Eigen::VectorXd us(m);
        for (Eigen::Index a = 0; a < m; ++a) {
            us(a) = u(rows[static_cast<std::size_t>(a)]);
            for (Eigen::Index b = 0; b < m; ++b)
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
    for (std::size_t e = schoen.size(); e > 0; --e) {
        const std::size_t i = eventRow[e - 1];
        out.x.push_back(ttime[i]);
        out.time.push_back(time[i]);
        const Eigen::VectorXd scaled = var * schoen[e - 1] + beta;
        for (Eigen::Index k = 0; k < p; ++k) out.resid.push_back(scaled(k));
    }
    return out;
}

}  // namespace ts::stats
