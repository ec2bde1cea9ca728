#include "core/stats/change.h"

namespace ts::stats {

std::optional<double> changeFromBaseline(double value, std::optional<double> baseline) {
    if (!baseline) return std::nullopt;
    return value - *baseline;
}

std::optional<double> percentChange(double value, std::optional<double> baseline) {
    if (!baseline || *baseline == 0) return std::nullopt;
    return 100.0 * (value - *baseline) / *baseline;
}

}  // namespace ts::stats
