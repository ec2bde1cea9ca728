#include "core/stats/zph_smooth.h"

#include <Eigen/Dense>
#include <algorithm>
#include <array>
#include <cmath>

#include "core/stats/quantile.h"

namespace ts::stats {

namespace {

constexpr int kDf = 4;

// Natural cubic spline basis on knots k0 < k1 < k2 < k3: 1, x, d0 - d2, d1 - d2 with
// d_j(x) = ((x - k_j)+^3 - (x - k3)+^3) / (k3 - k_j) (linear beyond the boundary knots).
std::array<double, kDf> basis(double x, const std::array<double, 4>& k) {
    const auto cube = [](double v) { return v > 0 ? v * v * v : 0.0; };
    const auto d = [&](int j) {
        return (cube(x - k[static_cast<std::size_t>(j)]) - cube(x - k[3])) / (k[3] - k[static_cast<std::size_t>(j)]);
    };
    return {1.0, x, d(0) - d(2), d(1) - d(2)};
}

}  // namespace

ZphSmooth zphSmooth(std::span<const double> x, std::span<const double> y, double var, int points) {
    ZphSmooth out;
    if (x.size() < static_cast<std::size_t>(kDf) || points < 2) return out;
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    for (int i = 0; i < points; ++i) out.x.push_back(*lo + (*hi - *lo) * i / (points - 1));
    std::vector<double> all(out.x);
    all.insert(all.end(), x.begin(), x.end());
    const double probs[] = {1.0 / 3, 2.0 / 3};
    const auto inner = quantiles(all, probs);
    const std::array<double, 4> knots{*lo, *inner[0], *inner[1], *hi};
    if (!(knots[0] < knots[1] && knots[1] < knots[2] && knots[2] < knots[3])) return out;

    Eigen::MatrixXd design(static_cast<Eigen::Index>(x.size()), kDf);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const auto b = basis(x[i], knots);
        for (int j = 0; j < kDf; ++j) design(static_cast<Eigen::Index>(i), j) = b[static_cast<std::size_t>(j)];
    }
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(design);
    if (qr.rank() < kDf) return {};
    const Eigen::VectorXd coef =
        qr.solve(Eigen::Map<const Eigen::VectorXd>(y.data(), static_cast<Eigen::Index>(y.size())));
    const Eigen::MatrixXd xtxInv = (design.transpose() * design).inverse();
    for (double g : out.x) {
        const auto b = basis(g, knots);
        const Eigen::Map<const Eigen::Vector4d> p(b.data());
        const double fit = p.dot(coef);
        const double half = 2 * std::sqrt(var * p.dot(xtxInv * p));
        out.fit.push_back(fit);
        out.lower.push_back(fit - half);
        out.upper.push_back(fit + half);
    }
    return out;
}

}  // namespace ts::stats
