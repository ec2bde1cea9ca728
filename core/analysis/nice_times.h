#pragma once
// Automatic report times for a survival table: 0 and the multiples of a "nice" step
// (1, 2, 2.5 or 5 times a power of ten) up to the longest follow-up, about five to eight of them.
//
// Input : maxTime - the longest follow-up (time unit of the study), >= 0.
// Output: increasing times starting at 0; {0} when maxTime <= 0.
#include <vector>

namespace ts {

std::vector<double> niceTimes(double maxTime);

}  // namespace ts
