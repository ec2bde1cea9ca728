#include "core/stats/poisson_rate.h"

#include <boost/math/distributions/chi_squared.hpp>

namespace ts::stats {

PoissonRate poissonRate(long events, double exposure, double level, double per) {
    const double alpha = 1 - level;
    const double x = static_cast<double>(events);
    PoissonRate r;
    r.rate = per * x / exposure;
    // The chi-square quantiles give the Poisson means whose tail probabilities equal alpha / 2: the
    // exact (Garwood) interval for a count; dividing by the exposure turns it into a rate.
    if (events > 0) r.lower = per * boost::math::quantile(boost::math::chi_squared(2 * x), alpha / 2) / (2 * exposure);
    r.upper = per * boost::math::quantile(boost::math::chi_squared(2 * x + 2), 1 - alpha / 2) / (2 * exposure);
    return r;
}

}  // namespace ts::stats
