#pragma once
// The words and numbers a survival figure prints: the statistics box (medians, log-rank / trend p,
// Cox HR with CI), the provenance + citation footer, and number formats shared by tooltips.
#include <optional>

#include <QString>

#include "core/analysis/survival_analysis.h"

namespace ts {

// "< 0.001" below 0.001, else three decimals ("0.012").
QString formatP(double p);
// A time or estimate with `decimals` decimals; nullopt prints "NR" (not reached).
QString formatEstimate(std::optional<double> value, int decimals);
// Decimals that suit times of this magnitude in a display unit (days 0, months 1, ...).
int timeDecimals(double maxTime);

// The statistics box: one line per group "name: median (CI)" in display units (report time *
// timeFactor), then log-rank (and trend) p, then Cox HR (CI) per term vs the reference, then the
// landmark tests. Non-estimable values print their note. A competing-risks report prints each
// group's events and competing events, then Gray's test. `compact` is the wording for narrow
// figures: the reference and CI level are named once ("HR vs Placebo (95% CI)") and notes lose
// their parenthesised detail.
QString kmStatsText(const SurvivalReport& report, double timeFactor, const QString& unitName, bool compact = false);
// The box's last resort where no wording of kmStatsText is clear of the curves: the test's p on one
// line ("Log-rank p = 0.324", "Gray's test p = ..."), as survminer prints it; "" without a test.
QString kmStatsBrief(const SurvivalReport& report);

// The figure's title: what is drawn, "Overall survival by actual treatment", then the population when
// not everyone (", safety population") and a competing event (", death as competing event").
QString survivalTitle(const SurvivalReport& report);

// The competing event as the figure names it: "death" for OS (its event), else its label (or
// code) in lower case.
QString competingEventName(const CompetingPart& c);

QString provenanceName(Provenance provenance);  // "reconstructed"
// "Data: <provenance> · <citation>"; an empty citation is omitted. One line: the figure wraps it to
// its width (keepWrapped).
QString provenanceFooter(const QString& provenance, const QString& citation);

}  // namespace ts
