#include "core/analysis/ae_nested.h"

#include <algorithm>
#include <tuple>

namespace ts {

namespace {

int totalSubjects(const AeRow& row) {
    int sum = 0;
    for (const AeCell& c : row.counts) sum += c.subjects.value_or(0);
    return sum;
}

void byFrequency(std::vector<AeRow>& rows, bool terms) {
    std::stable_sort(rows.begin(), rows.end(), [terms](const AeRow& a, const AeRow& b) {
        const int ta = totalSubjects(a), tb = totalSubjects(b);
        return std::tuple(-ta, terms ? a.term : a.soc) < std::tuple(-tb, terms ? b.term : b.soc);
    });
}

}  // namespace

std::vector<AeRow> nestRows(std::vector<AeRow> socRows, std::vector<AeRow> termRows) {
    byFrequency(socRows, false);
    byFrequency(termRows, true);
    std::vector<AeRow> out;
    out.reserve(socRows.size() + termRows.size());
    for (AeRow& soc : socRows) {
        const std::string name = soc.soc;
        out.push_back(std::move(soc));
        for (AeRow& term : termRows)
            if (term.soc == name) out.push_back(std::move(term));
    }
    return out;
}

}  // namespace ts
