#include "core/stats/gray_test.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/stats/chisq_tail.h"

namespace ts::stats {

namespace {

// One group's state just before the current time.
struct Arm {
    double atRisk = 0;
    double survBefore = 1;                      // all-cause KM, S_k(t-)
    double survAfter = 1;                       // S_k(t)
    double incBefore = 0;                       // incidence of the cause, F_k(t-)
    double incAfter = 0;                        // F_k(t)
    double cause = 0, other = 0, censored = 0;  // at the current time
};

}  // namespace

GrayResult grayTest(std::span<const double> time, std::span<const int> cause, std::span<const int> group, double rho) {
    GrayResult out;
    const int k = group.empty() ? 0 : *std::max_element(group.begin(), group.end()) + 1;
    std::vector<Arm> arm(static_cast<std::size_t>(k));
    for (int g : group) arm[static_cast<std::size_t>(g)].atRisk += 1;
    // Groups without rows take no part (cmprsk drops empty factor levels).
    std::vector<int> present;
    for (int g = 0; g < k; ++g)
        if (arm[static_cast<std::size_t>(g)].atRisk > 0) present.push_back(g);
    const int ng = static_cast<int>(present.size());
    if (ng < 2) return out;
    const int nf = ng - 1;  // free scores

    std::vector<std::size_t> order(time.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return time[a] < time[b]; });

    Eigen::VectorXd score = Eigen::VectorXd::Zero(nf);
    Eigen::MatrixXd var = Eigen::MatrixXd::Zero(nf, nf);
    Eigen::MatrixXd c = Eigen::MatrixXd::Zero(ng, ng);   // accumulated d(score)/d(hazard) weights
    Eigen::MatrixXd v2 = Eigen::MatrixXd::Zero(nf, ng);  // cross terms of c with the jumps
    Eigen::VectorXd v3 = Eigen::VectorXd::Zero(ng);      // squared jumps per group
    Eigen::MatrixXd a(ng, ng);
    std::vector<double> h(static_cast<std::size_t>(ng));
    double pooledBefore = 0;  // pooled incidence F(t-)
    bool anyCause = false;

    for (std::size_t i = 0; i < order.size();) {
        const double t = time[order[i]];
        for (Arm& x : arm) x.cause = x.other = x.censored = 0;
        std::size_t j = i;
        for (; j < order.size() && time[order[j]] == t; ++j) {
            Arm& x = arm[static_cast<std::size_t>(group[order[j]])];
            const int c0 = cause[order[j]];
            (c0 == 0 ? x.censored : c0 == 1 ? x.cause : x.other) += 1;
        }
        double d1 = 0, d2 = 0;
        for (const Arm& x : arm) {
            d1 += x.cause;
            d2 += x.other;
        }
        if (d1 + d2 > 0) {
            anyCause = anyCause || d1 > 0;
            // tr: sum of the groups' n_k / S_k(t-); tq: the same weighted by 1 - F_k(t-).
            double tr = 0, tq = 0;
            for (int g = 0; g < ng; ++g) {
                Arm& x = arm[static_cast<std::size_t>(present[static_cast<std::size_t>(g)])];
                h[static_cast<std::size_t>(g)] = 0;
                if (x.atRisk <= 0) continue;
                x.survAfter = x.survBefore * (x.atRisk - x.cause - x.other) / x.atRisk;
                x.incAfter = x.incBefore + x.survBefore * x.cause / x.atRisk;
                h[static_cast<std::size_t>(g)] = x.atRisk / x.survBefore;
                tr += h[static_cast<std::size_t>(g)];
                tq += h[static_cast<std::size_t>(g)] * (1 - x.incBefore);
            }
            const double pooled = pooledBefore + d1 / tr;
            const double w = std::pow(1 - pooledBefore, rho);
            for (int p = 0; p < ng; ++p)
                for (int q = 0; q < ng; ++q)
                    a(p, q) = w * h[static_cast<std::size_t>(p)] *
                              ((p == q ? 1.0 : 0.0) - h[static_cast<std::size_t>(q)] / tr);
            if (pooledBefore < 1) c += a * (d1 / (tr * (1 - pooledBefore)));
            for (int p = 0; p < nf; ++p) {
                const Arm& x = arm[static_cast<std::size_t>(present[static_cast<std::size_t>(p)])];
                if (x.atRisk > 0)
                    score(p) += w * (x.cause - d1 * h[static_cast<std::size_t>(p)] * (1 - x.incBefore) / tq);
            }
            // Jumps of the cause: every group at risk contributes, with cuminc's tie correction.
            if (d1 > 0)
                for (int g = 0; g < ng; ++g) {
                    const Arm& x = arm[static_cast<std::size_t>(present[static_cast<std::size_t>(g)])];
                    if (x.atRisk <= 0) continue;
                    const double t4 = x.survAfter > 0 ? 1 - (1 - pooled) / x.survAfter : 1;
                    const double t5 = d1 > 1 ? 1 - (d1 - 1) / (tr * x.survBefore - 1) : 1;
                    const double t3 = t5 * x.survBefore * d1 / (tr * x.atRisk);
                    v3(g) += t4 * t4 * t3;
                    for (int p = 0; p < nf; ++p) {
                        const double bp = a(p, g) - t4 * c(p, g);
                        v2(p, g) += bp * t4 * t3;
                        for (int q = 0; q <= p; ++q) var(p, q) += bp * (a(q, g) - t4 * c(q, g)) * t3;
                    }
                }
            // Jumps of the competing causes, group by group.
            for (int g = 0; g < ng && d2 > 0; ++g) {
                const Arm& x = arm[static_cast<std::size_t>(present[static_cast<std::size_t>(g)])];
                if (x.survAfter <= 0 || x.other <= 0) continue;
                const double t4 = (1 - pooled) / x.survAfter;
                const double t5 = x.other > 1 ? 1 - (x.other - 1) / (x.atRisk - 1) : 1;
                const double t3 = t5 * x.survBefore * x.survBefore * x.other / (x.atRisk * x.atRisk);
                v3(g) += t4 * t4 * t3;
                for (int p = 0; p < nf; ++p) {
                    const double bp = t4 * c(p, g);
                    v2(p, g) -= bp * t4 * t3;
                    for (int q = 0; q <= p; ++q) var(p, q) += bp * t4 * c(q, g) * t3;
                }
            }
            pooledBefore = pooled;
        }
        for (Arm& x : arm) {
            x.atRisk -= x.cause + x.other + x.censored;
            x.survBefore = x.survAfter;
            x.incBefore = x.incAfter;
        }
        i = j;
    }
    // The terms through the accumulated c, now that it is complete.
    for (int p = 0; p < nf; ++p)
        for (int q = 0; q <= p; ++q)
            for (int g = 0; g < ng; ++g)
                var(p, q) += c(p, g) * c(q, g) * v3(g) + c(p, g) * v2(q, g) + c(q, g) * v2(p, g);
    for (int p = 0; p < nf; ++p)
        for (int q = p + 1; q < nf; ++q) var(p, q) = var(q, p);

    out.df = nf;
    if (!anyCause) return out;
    // cuminc inverts V by qr() (tolerance 1e-7) and reports -1 when it is rank deficient.
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(var);
    qr.setThreshold(1e-7);
    if (qr.rank() < nf) return out;
    out.chisq = score.dot(qr.solve(score));
    out.p = chisqUpperP(out.chisq, nf);
    out.defined = true;
    return out;
}

}  // namespace ts::stats
