#pragma once
// The time-to-liver-event figure, drawn by the Liver view's third panel and by `trialscope-cli
// export --view edish --panel event` alike: the cumulative incidence by arm of the first
// post-baseline value at or above k x ULN (core/analysis/liver_event.h), with its risk table.
#include <string>

#include "core/analysis/liver_event.h"
#include "core/analysis/survival_analysis.h"
#include "ui/common/plot_style.h"

class QCustomPlot;

namespace ts {

// The analysis drawn: Kaplan-Meier of the derived records as cumulative incidence, in `population`
// ("" = all subjects). Throws AnalysisError as liverEventStudy and analyseSurvival do.
SurvivalReport liverEventReport(const StudyData& study, const LiverEvent& event, const std::string& population);

// Draws `report` of study `info` into `plot` (titled "<study>: <event> (derived from ADLB)").
void drawLiverEvent(QCustomPlot* plot, const StudyInfo& info, const SurvivalReport& report, const PlotStyle& style);

}  // namespace ts
