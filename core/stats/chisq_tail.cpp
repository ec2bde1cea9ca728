#include "core/stats/chisq_tail.h"

#include <boost/math/distributions/chi_squared.hpp>

namespace ts::stats {

double chisqUpperP(double x, int df) {
    if (df <= 0 || !(x > 0)) return 1.0;
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared(df), x));
}

}  // namespace ts::stats
