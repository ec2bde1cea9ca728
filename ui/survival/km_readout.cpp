#include "ui/survival/km_readout.h"

#include <algorithm>

#include <QStringList>

namespace ts {

KmReadout readKm(const stats::KmFit& fit, double t) {
    KmReadout r;
    const auto& steps = fit.steps;
    auto after =
        std::upper_bound(steps.begin(), steps.end(), t, [](double v, const stats::KmStep& s) { return v < s.time; });
    if (after != steps.begin()) {
        const stats::KmStep& s = *std::prev(after);
        r.surv = s.surv;
        r.lower = s.lower;
        r.upper = s.upper;
    }
    auto atOrAfter =
        std::lower_bound(steps.begin(), steps.end(), t, [](const stats::KmStep& s, double v) { return s.time < v; });
    r.nRisk = atOrAfter == steps.end() ? 0 : atOrAfter->nRisk;
    return r;
}

QString readoutText(const SurvivalReport& report, double t, const std::vector<bool>& hidden, bool cumulative) {
    QStringList lines;
    for (size_t g = 0; g < report.groups.size(); ++g) {
        if (g < hidden.size() && hidden[g]) continue;
        const KmReadout r = readKm(report.groups[g].fit, t);
        const double s = cumulative ? 1 - r.surv : r.surv;
        const double lo = cumulative ? 1 - r.upper : r.lower;
        const double hi = cumulative ? 1 - r.lower : r.upper;
        lines << QStringLiteral("%1: %2 %3 (%4\u2013%5), at risk %6")
                     .arg(QString::fromStdString(report.groups[g].name),
                          cumulative ? QStringLiteral("F") : QStringLiteral("S"))
                     .arg(s, 0, 'f', 3)
                     .arg(lo, 0, 'f', 3)
                     .arg(hi, 0, 'f', 3)
                     .arg(static_cast<long long>(r.nRisk));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace ts
