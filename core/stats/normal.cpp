#include "core/stats/normal.h"

#include <boost/math/distributions/normal.hpp>
#include <cmath>

namespace ts::stats {

double normalQuantile(double p) { return boost::math::quantile(boost::math::normal_distribution<double>(), p); }

double zForLevel(double level) { return normalQuantile(1 - (1 - level) / 2); }

double normalTwoSidedP(double z) {
    // The complement keeps full relative precision in the far tail.
    return 2 * boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double>(), std::abs(z)));
}

}  // namespace ts::stats
