#include "core/stats/anova.h"

#include <boost/math/distributions/fisher_f.hpp>
#include <cmath>
#include <cstddef>
#include <vector>

#include "core/stats/group_sizes.h"
#include "core/stats/stats_note.h"

namespace ts::stats {

AnovaResult oneWayAnova(std::span<const double> values, std::span<const int> group) {
    AnovaResult r;
    const GroupSizes sizes = groupSizes(group);
    r.note = sizes.emptyNote;
    auto fail = [&r](std::string_view why) {
        appendNote(r.note, why);
        return r;
    };
    if (sizes.nonEmpty < 2) return fail("fewer than two non-empty groups");

    // Group means first, then sums of squares about them: deviations are formed before
    // squaring, avoiding the cancellation of sum(x^2) - n mean^2.
    const std::size_t k = sizes.count.size();
    std::vector<double> mean(k, 0.0);
    double grand = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        mean[static_cast<std::size_t>(group[i])] += values[i];
        grand += values[i];
    }
    const double n = static_cast<double>(values.size());
    grand /= n;
    for (std::size_t g = 0; g < k; ++g)
        if (sizes.count[g] > 0) mean[g] /= sizes.count[g];
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double e = values[i] - mean[static_cast<std::size_t>(group[i])];
        r.ssWithin += e * e;
    }
    for (std::size_t g = 0; g < k; ++g) r.ssBetween += sizes.count[g] * (mean[g] - grand) * (mean[g] - grand);
    // Values near the double range (1e160) overflow the squares: nothing is estimated.
    if (!std::isfinite(r.ssWithin) || !std::isfinite(r.ssBetween))
        return fail("values too large to compute with (the sums of squares overflow)");

    r.dfBetween = sizes.nonEmpty - 1;
    r.dfWithin = static_cast<int>(values.size()) - sizes.nonEmpty;
    r.msBetween = r.ssBetween / r.dfBetween;
    if (r.dfWithin == 0) return fail("no residual degrees of freedom (one value per group)");
    r.msWithin = r.ssWithin / r.dfWithin;
    if (!(r.ssWithin > 0)) return fail("no variation within groups: F not defined");
    r.f = *r.msBetween / *r.msWithin;
    const boost::math::fisher_f dist(r.dfBetween, r.dfWithin);
    r.p = boost::math::cdf(boost::math::complement(dist, *r.f));
    return r;
}

}  // namespace ts::stats
