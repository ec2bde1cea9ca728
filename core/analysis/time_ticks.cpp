#include "core/analysis/time_ticks.h"

#include <cmath>

namespace ts {

namespace {

// Steps a reader expects in each unit, smallest first.
std::vector<double> candidates(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Days: return {1, 2, 7, 14, 30, 60, 90, 180, 365, 730};
    case TimeUnit::Weeks: return {1, 2, 4, 8, 12, 26, 52, 104};
    case TimeUnit::Months: return {1, 2, 3, 6, 12, 24, 60};
    case TimeUnit::Years: return {0.25, 0.5, 1, 2, 5, 10};
    }
    return {1};
}

constexpr double kMaxIntervals = 10;

}  // namespace

double tickStep(double maxTime, TimeUnit unit) {
    std::vector<double> steps = candidates(unit);
    for (double step : steps)
        if (maxTime / step <= kMaxIntervals) return step;
    // Beyond the natural steps (very long follow-up): powers of ten of the largest one.
    double step = steps.back();
    while (maxTime / step > kMaxIntervals) step *= 10;
    return step;
}

std::vector<double> tickTimes(double maxTime, TimeUnit unit) {
    std::vector<double> out;
    if (!(maxTime > 0)) return out;
    const double step = tickStep(maxTime, unit);
    // The small tolerance keeps a follow-up that ends exactly on a tick from adding one more.
    const long n = static_cast<long>(std::ceil(maxTime / step - 1e-9));
    for (long i = 0; i <= n; ++i) out.push_back(static_cast<double>(i) * step);
    return out;
}

std::vector<double> columnTimes(double maxTime, TimeUnit data, TimeUnit display) {
    const double toDisplay = unitFactor(data, display);
    std::vector<double> out;
    for (double t : tickTimes(maxTime * toDisplay, display)) out.push_back(t / toDisplay);
    if (out.empty()) out.push_back(0.0);
    return out;
}

}  // namespace ts
