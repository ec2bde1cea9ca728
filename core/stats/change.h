#pragma once
// Change from baseline for one lab record, as ADaM CHG and PCHG are defined:
// change = value - baseline; percent change = 100 (value - baseline) / baseline.
//
// Inputs : value and baseline in the same unit; baseline may be missing.
// Output : nullopt when the baseline is missing, or (percent change) when it is zero, where
//          the ratio is undefined. The change is in the unit of the value; percent change in %.
#include <optional>

namespace ts::stats {

std::optional<double> changeFromBaseline(double value, std::optional<double> baseline);
std::optional<double> percentChange(double value, std::optional<double> baseline);

}  // namespace ts::stats
