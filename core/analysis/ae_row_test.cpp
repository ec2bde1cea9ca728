#include "core/analysis/ae_row_test.h"

#include "core/stats/chi_square.h"
#include "core/stats/fisher_exact.h"

namespace ts {

std::optional<double> aeRowTest(const std::vector<AeCell>& counts, const std::vector<AeGroupTotal>& groups) {
    if (counts.size() < 2 || counts.size() != groups.size()) return std::nullopt;
    std::vector<int> with, without;
    for (size_t k = 0; k < counts.size(); ++k) {
        if (!counts[k].subjects || !groups[k].n || *groups[k].n < *counts[k].subjects) return std::nullopt;
        with.push_back(*counts[k].subjects);
        without.push_back(*groups[k].n - *counts[k].subjects);
    }
    if (counts.size() == 2) return stats::fisherExact(with[0], without[0], with[1], without[1]).p;
    std::vector<double> table;  // 2 x k, row-major: with, then without
    for (int v : with) table.push_back(v);
    for (int v : without) table.push_back(v);
    return stats::chiSquare(table, 2, counts.size()).p;
}

}  // namespace ts
