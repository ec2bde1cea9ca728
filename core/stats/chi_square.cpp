#include "core/stats/chi_square.h"

#include <algorithm>
#include <cmath>

#include "core/stats/chisq_tail.h"

namespace ts::stats {

ChiSquareResult chiSquare(std::span<const double> counts, std::size_t rows, std::size_t cols, bool correct) {
    ChiSquareResult r;
    if (rows < 2 || cols < 2) {
        r.note = "table smaller than 2 x 2";
        return r;
    }
    std::vector<double> rowTotal(rows, 0.0), colTotal(cols, 0.0);
    double total = 0;
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            const double x = counts[i * cols + j];
            rowTotal[i] += x;
            colTotal[j] += x;
            total += x;
        }
    r.df = static_cast<int>((rows - 1) * (cols - 1));
    r.expected.resize(rows * cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) r.expected[i * cols + j] = rowTotal[i] * colTotal[j] / total;

    const auto isZero = [](double t) { return t == 0; };
    if (std::any_of(rowTotal.begin(), rowTotal.end(), isZero) ||
        std::any_of(colTotal.begin(), colTotal.end(), isZero)) {
        r.note = "a row or column total is zero: expected counts of zero, test not defined";
        return r;
    }
    r.yates = correct && rows == 2 && cols == 2;
    // In a 2 x 2 table every |O - E| is the same; as R, the correction is min(0.5, |O - E|)
    // taken over the cells, so it never overshoots a deviation below 0.5.
    double shift = 0;
    if (r.yates) {
        shift = 0.5;
        for (std::size_t c = 0; c < counts.size(); ++c) shift = std::min(shift, std::fabs(counts[c] - r.expected[c]));
    }
    double x2 = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        const double e = r.expected[c];
        const double dev = std::fabs(counts[c] - e) - shift;
        x2 += dev * dev / e;
        if (e < 5) r.lowExpected = true;
    }
    r.statistic = x2;
    if (r.lowExpected) r.note = "some expected counts below 5: the approximation may be poor";
    r.p = chisqUpperP(x2, r.df);
    return r;
}

}  // namespace ts::stats
