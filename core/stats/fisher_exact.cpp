#include "core/stats/fisher_exact.h"

#include <algorithm>
#include <boost/math/tools/roots.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/stats/stats_note.h"

namespace ts::stats {
namespace {

// The conditional distribution of a given the margins, on its support lo..hi.
class NoncentralHypergeometric {
public:
    NoncentralHypergeometric(int a, int b, int c, int d)
        : m_(a + c),
          n_(b + d),
          k_(a + b),
          lo_(std::max(0, k_ - n_)),
          hi_(std::min(k_, m_)) {
        // log P(i) up to a constant, by the ratio of successive central probabilities
        // P(i+1)/P(i) = (m - i)(k - i) / ((i + 1)(n - k + i + 1)): no factorials, no overflow.
        logWeight_.assign(static_cast<std::size_t>(hi_ - lo_ + 1), 0.0);
        for (int i = lo_; i < hi_; ++i) {
            const double up = static_cast<double>(m_ - i) * static_cast<double>(k_ - i);
            const double down = static_cast<double>(i + 1) * static_cast<double>(n_ - k_ + i + 1);
            const std::size_t j = static_cast<std::size_t>(i - lo_);
            logWeight_[j + 1] = logWeight_[j] + std::log(up) - std::log(down);
        }
    }

    int lo() const { return lo_; }
    int hi() const { return hi_; }

    // Probabilities of lo..hi under odds ratio exp(logPsi); the largest log term is subtracted
    // before exponentiating so that no term overflows and the mode keeps full precision.
    std::vector<double> density(double logPsi) const {
        std::vector<double> p(logWeight_.size());
        double top = -INFINITY;
        for (std::size_t j = 0; j < p.size(); ++j) {
            p[j] = logWeight_[j] + logPsi * static_cast<double>(lo_ + static_cast<int>(j));
            top = std::max(top, p[j]);
        }
        double sum = 0;
        for (double& v : p) sum += v = std::exp(v - top);
        for (double& v : p) v /= sum;
        return p;
    }

    double mean(double logPsi) const {
        const auto p = density(logPsi);
        double mu = 0;
        for (std::size_t j = 0; j < p.size(); ++j) mu += p[j] * (lo_ + static_cast<int>(j));
        return mu;
    }

    // P(a <= x) or, when upper, P(a >= x).
    double tail(int x, double logPsi, bool upper) const {
        const auto p = density(logPsi);
        double sum = 0;
        for (std::size_t j = 0; j < p.size(); ++j) {
            const int i = lo_ + static_cast<int>(j);
            if (upper ? i >= x : i <= x) sum += p[j];
        }
        return sum;
    }

private:
    int m_, n_, k_, lo_, hi_;
    std::vector<double> logWeight_;
};

// Root in log(psi) of an increasing function f with f(-inf) < 0 < f(+inf): the bracket is grown
// geometrically from [-1, 1], then TOMS 748 narrows it to about 50 bits.
template <class F>
double solveLogPsi(F f) {
    double lo = -1, hi = 1;
    while (f(lo) > 0) lo *= 2;
    while (f(hi) < 0) hi *= 2;
    std::uintmax_t iterations = 200;
    const auto bracket =
        boost::math::tools::toms748_solve(f, lo, hi, boost::math::tools::eps_tolerance<double>(50), iterations);
    return (bracket.first + bracket.second) / 2;
}

}  // namespace

FisherResult fisherExact(int a, int b, int c, int d, double level) {
    FisherResult r;
    r.level = level;
    const NoncentralHypergeometric dist(a, b, c, d);
    if (dist.lo() == dist.hi()) {
        r.note = "a row or column total is zero: odds ratio not estimable";
        return r;
    }

    // Two-sided p: tables no more probable than the observed one, with R's 1e-7 relative slack
    // so that ties in probability (symmetric tables) are not lost to rounding.
    const auto p0 = dist.density(0);
    const double observed = p0[static_cast<std::size_t>(a - dist.lo())] * (1 + 1e-7);
    double p = 0;
    for (double v : p0)
        if (v <= observed) p += v;
    r.p = std::min(p, 1.0);

    const double alpha = (1 - level) / 2;
    if (a == dist.lo()) {
        r.oddsRatio = 0;
        r.lower = 0;
        appendNote(r.note, "a is at its minimum: odds ratio estimate and lower limit are 0");
    } else {
        r.lower = std::exp(solveLogPsi([&](double u) { return dist.tail(a, u, true) - alpha; }));
    }
    if (a == dist.hi()) {
        appendNote(r.note, "a is at its maximum: odds ratio estimate and upper limit are infinite");
    } else {
        // P(a' <= a) falls as psi grows; negate to hand the solver an increasing function.
        r.upper = std::exp(solveLogPsi([&](double u) { return alpha - dist.tail(a, u, false); }));
    }
    if (a != dist.lo() && a != dist.hi())
        r.oddsRatio = std::exp(solveLogPsi([&](double u) { return dist.mean(u) - a; }));
    return r;
}

}  // namespace ts::stats
