#include "core/analysis/lab_point.h"

#include "core/stats/anova.h"
#include "core/stats/describe.h"
#include "core/stats/kruskal_wallis.h"
#include "core/stats/t_test.h"
#include "core/stats/wilcoxon.h"

namespace ts {

std::optional<double> medianOf(std::vector<double> values) { return stats::describe(values).median; }

LabPoint summarise(const std::vector<double>& values, LabSummaryKind kind) {
    const stats::Description d = stats::describe(values, 0.95);
    LabPoint p;
    p.n = static_cast<int>(d.n);
    if (d.n >= 2) p.note = d.note;
    auto plusMinus = [&](const std::optional<double>& spread) {
        p.center = d.mean;
        if (d.mean && spread) {
            p.lower = *d.mean - *spread;
            p.upper = *d.mean + *spread;
        }
    };
    switch (kind) {
    case LabSummaryKind::MeanSd: plusMinus(d.sd); break;
    case LabSummaryKind::MeanSe: plusMinus(d.se); break;
    case LabSummaryKind::MeanCi:
        p.center = d.mean;
        p.lower = d.lower;
        p.upper = d.upper;
        break;
    case LabSummaryKind::MedianIqr:
        p.center = d.median;
        if (d.n >= 2) {
            p.lower = d.q1;
            p.upper = d.q3;
        }
        break;
    }
    return p;
}

VisitTest visitTestFor(std::size_t groupsWithValues, LabSummaryKind kind) {
    const bool two = groupsWithValues == 2;
    if (kind == LabSummaryKind::MedianIqr) return two ? VisitTest::RankSum : VisitTest::KruskalWallis;
    return two ? VisitTest::WelchT : VisitTest::Anova;
}

std::string_view visitTestName(VisitTest test) {
    switch (test) {
    case VisitTest::WelchT: return "Welch t-test";
    case VisitTest::Anova: return "ANOVA";
    case VisitTest::RankSum: return "Wilcoxon";
    case VisitTest::KruskalWallis: return "Kruskal\u2013Wallis";
    }
    return "";
}

std::optional<double> visitTest(const std::vector<std::vector<double>>& groups, LabSummaryKind kind) {
    std::vector<const std::vector<double>*> present;
    std::vector<double> values;
    std::vector<int> codes;
    for (const auto& g : groups) {
        if (g.empty()) continue;
        for (double v : g) {
            values.push_back(v);
            codes.push_back(static_cast<int>(present.size()));
        }
        present.push_back(&g);
    }
    if (present.size() < 2) return std::nullopt;
    switch (visitTestFor(present.size(), kind)) {
    case VisitTest::WelchT: return stats::welchTTest(*present[0], *present[1]).p;
    case VisitTest::RankSum: return stats::rankSum(*present[0], *present[1]).p;
    case VisitTest::Anova: return stats::oneWayAnova(values, codes).p;
    case VisitTest::KruskalWallis: return stats::kruskalWallis(values, codes).p;
    }
    return std::nullopt;
}

}  // namespace ts
