#pragma once
// Tick times for a survival figure's time axis and risk table: multiples of a step natural for the
// unit (weeks in 4s, months in 3s/6s/12s, ...) covering 0 .. maxTime with at most 10 intervals.
#include <vector>

#include "ui/time_unit.h"

namespace ts {

// Step between ticks, in `unit`, for follow-up up to `maxTime` (same unit, > 0).
double tickStep(double maxTime, TimeUnit unit);
// 0, step, 2 step, ... up to the first multiple >= maxTime. Empty when maxTime <= 0.
std::vector<double> tickTimes(double maxTime, TimeUnit unit);

}  // namespace ts
