#include "core/analysis/ae_total.h"

#include <vector>

#include "core/stats/poisson_rate.h"

namespace ts {

namespace {

// The sum of `values`, or nothing when one of them is unknown.
template <class Range, class Get>
std::optional<int> sum(const Range& values, Get get) {
    int total = 0;
    for (const auto& v : values) {
        const std::optional<int> x = get(v);
        if (!x) return std::nullopt;
        total += *x;
    }
    return total;
}

std::optional<AeRate> totalRate(const std::vector<AeCell>& cells, double confLevel) {
    AeRate rate;
    bool any = false;
    for (const AeCell& c : cells) {
        if (!c.eair) continue;  // a group without exposure: no subjects and no time at risk
        any = true;
        rate.subjects += c.eair->subjects;
        rate.patientYears += c.eair->patientYears;
    }
    if (!any || rate.patientYears <= 0) return std::nullopt;
    const stats::PoissonRate r = stats::poissonRate(rate.subjects, rate.patientYears, confLevel);
    rate.per100py = r.rate;
    rate.lower = r.lower;
    rate.upper = r.upper;
    return rate;
}

}  // namespace

void addAeTotals(AeReport& report) {
    if (report.groups.size() < 2) return;
    AeGroupTotal total{"Total", "", sum(report.groups, [](const AeGroupTotal& g) { return g.n; }),
                       sum(report.groups, [](const AeGroupTotal& g) { return g.subjects; }),
                       sum(report.groups, [](const AeGroupTotal& g) { return g.events; })};
    std::vector<AeCell> cells;
    for (const AeRow& row : report.rows) {
        AeCell cell{"Total", sum(row.counts, [](const AeCell& c) { return c.subjects; }),
                    sum(row.counts, [](const AeCell& c) { return c.events; }), std::nullopt, std::nullopt};
        if (!cell.subjects && !cell.events) return;  // a row the total would know nothing of
        if (cell.subjects && total.n && *total.n > 0) cell.percent = 100.0 * *cell.subjects / *total.n;
        if (report.options.rates) cell.eair = totalRate(row.counts, report.options.confLevel);
        cells.push_back(std::move(cell));
    }
    for (std::size_t i = 0; i < cells.size(); ++i) report.rows[i].total = std::move(cells[i]);
    report.total = std::move(total);
}

}  // namespace ts
