#include "core/stats/fisher_exact_2xk.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "core/stats/stats_note.h"

namespace ts::stats {
namespace {

// log C(n, x) for x = 0..n by the ratio C(n, x + 1) / C(n, x) = (n - x) / (x + 1).
std::vector<double> logChoose(int n) {
    std::vector<double> out(static_cast<std::size_t>(n) + 1, 0.0);
    for (int x = 0; x < n; ++x)
        out[static_cast<std::size_t>(x) + 1] =
            out[static_cast<std::size_t>(x)] + std::log(static_cast<double>(n - x)) - std::log(x + 1.0);
    return out;
}

// Depth-first enumeration of the first row of 2 x k tables with the given column totals and
// first-row total, summing the probabilities that do not exceed a threshold.
class Enumerator {
public:
    explicit Enumerator(const std::vector<int>& totals) : totals_(totals) {
        after_.assign(totals_.size() + 1, 0);
        for (std::size_t j = totals_.size(); j-- > 0;) after_[j] = after_[j + 1] + totals_[j];
        for (int n : totals_) logC_.push_back(logChoose(n));
    }

    // log prod_j C(n_j, x_j) of one first row.
    double logWeight(const std::vector<int>& x) const {
        double w = 0;
        for (std::size_t j = 0; j < x.size(); ++j) w += logC_[j][static_cast<std::size_t>(x[j])];
        return w;
    }

    // Adds exp(logP) of every completion of columns j.. with `remaining` first-row subjects
    // whose logP <= threshold; logP carries the normalising constant from the start, so each
    // term is a probability (<= 1) and exp() cannot overflow.
    void run(std::size_t j, int remaining, double logP, double threshold) {
        if (j + 1 == totals_.size()) {  // the last cell is determined
            const double lp = logP + logC_[j][static_cast<std::size_t>(remaining)];
            tables += 1;
            if (lp <= threshold) sum += std::exp(lp);
            return;
        }
        const int low = std::max(0, remaining - after_[j + 1]);
        const int high = std::min(totals_[j], remaining);
        for (int x = low; x <= high; ++x)
            run(j + 1, remaining - x, logP + logC_[j][static_cast<std::size_t>(x)], threshold);
    }

    double sum = 0;
    double tables = 0;

private:
    std::vector<int> totals_;
    std::vector<int> after_;  // sum of the totals of columns j..k-1
    std::vector<std::vector<double>> logC_;
};

}  // namespace

FisherTableResult fisherExact2xK(std::span<const int> events, std::span<const int> totals, double maxTables) {
    FisherTableResult r;
    std::vector<int> x, n;
    for (std::size_t j = 0; j < totals.size(); ++j) {
        if (totals[j] > 0) {
            x.push_back(events[j]);
            n.push_back(totals[j]);
        } else {
            appendNote(r.note, "empty group " + std::to_string(j) + " ignored");
        }
    }
    if (n.size() < 2) {
        appendNote(r.note, "fewer than two non-empty groups");
        return r;
    }
    int rowTotal = 0, grand = 0;
    for (std::size_t j = 0; j < n.size(); ++j) {
        rowTotal += x[j];
        grand += n[j];
    }
    if (rowTotal == 0 || rowTotal == grand) {
        r.p = 1;
        r.tables = 1;
        appendNote(r.note, "no subject or every subject has the event: one possible table");
        return r;
    }
    double bound = 1;
    for (std::size_t j = 0; j + 1 < n.size(); ++j) bound *= n[j] + 1.0;
    if (bound > maxTables) {
        appendNote(r.note, "too many tables for exact enumeration: use the chi-square test");
        return r;
    }

    // P(table) = prod_j C(n_j, x_j) / C(N, X); R's slack of 1e-7 relative becomes log1p(1e-7).
    const double logNorm = logChoose(grand)[static_cast<std::size_t>(rowTotal)];
    Enumerator e(n);
    const double observed = e.logWeight(x) - logNorm;
    e.run(0, rowTotal, -logNorm, observed + std::log1p(1e-7));
    r.tables = e.tables;
    r.p = std::min(e.sum, 1.0);
    return r;
}

}  // namespace ts::stats
