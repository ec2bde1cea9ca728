#pragma once
// Pearson chi-square test of independence for an r x c table of counts, as R's chisq.test(x)
// with correct = TRUE: for a 2 x 2 table Yates' continuity correction subtracts
// min(0.5, |O - E|) from every |O - E| before squaring; larger tables are uncorrected.
//
// Inputs : counts - rows x cols non-negative counts, row-major (a weighted count is allowed);
//          correct - apply Yates to 2 x 2 tables.
// Output : expected counts E = row total x column total / N (row-major), X^2, df = (r-1)(c-1), p
//          from the chi-square upper tail, whether Yates was applied, and lowExpected when some
//          E < 5 (R's "approximation may be incorrect" warning). X^2 and p are nullopt with a
//          note when the table is smaller than 2 x 2 or a row or column total is zero (R gives
//          NaN): the caller drops empty rows and columns first if it wants a test.
// Preconditions: counts.size() == rows * cols.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ts::stats {

struct ChiSquareResult {
    std::optional<double> statistic;
    int df = 0;
    std::optional<double> p;
    std::vector<double> expected;  // rows x cols, row-major
    bool yates = false;
    bool lowExpected = false;
    std::string note;
};

ChiSquareResult chiSquare(std::span<const double> counts, std::size_t rows, std::size_t cols, bool correct = true);

}  // namespace ts::stats
