#pragma once
// Tick times for a survival figure's time axis and risk table: multiples of a step natural for the
// unit (weeks in 4s, months in 3s/6s/12s, ...) covering 0 .. maxTime with at most 10 intervals.
// This is the one rule for the time columns of every survival table: the viewer, `trialscope-cli km`
// without --times and every exported figure take their columns from columnTimes.
#include <vector>

#include "core/analysis/time_unit.h"

namespace ts {

// Step between ticks, in `unit`, for follow-up up to `maxTime` (same unit, > 0).
double tickStep(double maxTime, TimeUnit unit);
// 0, step, 2 step, ... up to the first multiple >= maxTime. Empty when maxTime <= 0.
std::vector<double> tickTimes(double maxTime, TimeUnit unit);
// The risk-table columns of data recorded in `data` units and shown in `display` units: tickTimes
// of the display unit, expressed in the data unit. {0} when maxTime (data unit) <= 0.
std::vector<double> columnTimes(double maxTime, TimeUnit data, TimeUnit display);

}  // namespace ts
