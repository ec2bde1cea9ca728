#include "core/reconstruct/shape_search.h"

#include <cmath>
#include <stdexcept>

namespace ts {

ShapeChoice searchShape(const std::function<double(double)>& loss, double lo, double hi, int steps) {
    if (!(lo > 0) || !(hi > lo) || steps < 2) throw std::invalid_argument("searchShape: bad range");
    ShapeChoice best{lo, loss(lo)};
    // Log spacing: shapes 0.5 and 2 are equally far from the neutral 1.
    double step = std::log(hi / lo) / (steps - 1);
    for (int i = 1; i < steps; ++i) {
        double v = lo * std::exp(step * i);
        double l = loss(v);
        if (l < best.loss) best = {v, l};
    }
    return best;
}

}  // namespace ts
