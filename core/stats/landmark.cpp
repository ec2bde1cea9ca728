#include "core/stats/landmark.h"

#include <algorithm>
#include <stdexcept>

namespace ts::stats {
namespace {

// The Cox model on the part's rows (design and strata restricted to them).
CoxFit fitPart(const LandmarkCoxPart& part, const CoxDesign& design, std::span<const int> strata, Ties ties,
               double level) {
    const int p = design.cols();
    CoxDesign sub{design.names, {}};
    sub.x.reserve(part.rows.size() * p);
    std::vector<int> subStrata;
    for (int row : part.rows) {
        const auto first = design.x.begin() + static_cast<std::ptrdiff_t>(row) * p;
        sub.x.insert(sub.x.end(), first, first + p);
        if (!strata.empty()) subStrata.push_back(strata[row]);
    }
    return coxPh(part.time, part.event, sub, subStrata, ties, level);
}

}  // namespace

LandmarkFit landmarkCox(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
                        double landmark, std::span<const int> strata, Ties ties, double level) {
    if (event.size() != time.size() || design.x.size() != time.size() * design.names.size())
        throw std::invalid_argument("landmarkCox: time, event and design lengths differ");
    LandmarkFit fit;
    fit.landmark = landmark;
    const int n = static_cast<int>(time.size());
    for (int i = 0; i < n; ++i) {
        const bool eventByL = event[i] != 0 && time[i] <= landmark;
        fit.before.rows.push_back(i);
        fit.before.time.push_back(std::min(time[i], landmark));
        fit.before.event.push_back(eventByL ? 1 : 0);
        if (time[i] > landmark) {
            fit.after.rows.push_back(i);
            fit.after.time.push_back(time[i]);
            fit.after.event.push_back(event[i] != 0 ? 1 : 0);
        }
    }
    fit.before.cox = fitPart(fit.before, design, strata, ties, level);
    fit.after.cox = fitPart(fit.after, design, strata, ties, level);
    return fit;
}

}  // namespace ts::stats
