#pragma once
// Reading a Kaplan–Meier fit at an arbitrary time, for hover tooltips and the time cursor:
// S(t) and its CI are those of the last step at or before t (right-continuous step function);
// the number at risk is the count with follow-up >= t, i.e. n.risk of the first step at or after t
// (0 past the last step), as summary(survfit, times = t).
#include <QString>

#include "core/analysis/survival_analysis.h"

namespace ts {

struct KmReadout {
    double surv = 1;
    double lower = 1;
    double upper = 1;
    double nRisk = 0;
};

// t in the fit's own time unit.
KmReadout readKm(const stats::KmFit& fit, double t);

// One line per shown group: "Arm: S = 0.72 (0.61–0.80), at risk 45"; cumulative prints 1 - S.
// t in report units; `hidden` may be shorter than the groups.
QString readoutText(const SurvivalReport& report, double t, const std::vector<bool>& hidden, bool cumulative);

}  // namespace ts
