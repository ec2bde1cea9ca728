#include "core/reconstruct/illustrative_labs.h"

#include <cmath>

#include "core/stats/normal.h"

namespace ts {

std::vector<std::vector<double>> illustrativeLabs(int n, const std::vector<VisitTarget>& visits, int stride) {
    std::vector<std::vector<double>> out(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        int rank = static_cast<int>((static_cast<long>(stride) * i) % n);
        double z = stats::normalQuantile((rank + 0.5) / n);
        for (const VisitTarget& v : visits) {
            double value;
            if (v.sd <= v.mean / 3) {
                value = v.mean + v.sd * z;
            } else {
                // log-normal moments: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2
                double s2 = std::log(1 + (v.sd / v.mean) * (v.sd / v.mean));
                value = std::exp(std::log(v.mean) - s2 / 2 + std::sqrt(s2) * z);
            }
            out[static_cast<std::size_t>(i)].push_back(std::round(value * 10) / 10);
        }
    }
    return out;
}

}  // namespace ts
