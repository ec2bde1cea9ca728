#include "ui/common/p_value.h"

#include <algorithm>
#include <cmath>

namespace ts {

QString pValueText(double p) {
    if (!(p >= 0.001)) return QStringLiteral("<0.001");  // also NaN, which no test returns
    // Decimals for three significant digits: 2 for p >= 1, 3 for 0.1 <= p < 1, 4 below 0.1, ...
    // computed on the rounded value, so 0.09996 prints as 0.100 and not 0.1000.
    int decimals = std::max(0, 2 - static_cast<int>(std::floor(std::log10(p))));
    const double rounded = std::round(p * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    decimals = std::max(0, 2 - static_cast<int>(std::floor(std::log10(rounded))));
    return QString::number(p, 'f', decimals);
}

}  // namespace ts
