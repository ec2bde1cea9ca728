#pragma once
// Landmark analysis at time L: the follow-up is split into "before L" and "after L" and a Cox
// model is fitted in each part, as in Shi et al. 2021 (HR 0.97 before and 3.68 after 13 months).
//
// before: every subject, follow-up censored at L: time = min(time, L), event only if the event
//         happened at or before L.      R: coxph(Surv(pmin(time, L), status * (time <= L)) ~ x)
// after : the subjects still in follow-up after L (time > L), on the ORIGINAL time scale, so the
//         model describes the hazard conditional on reaching L. Cox estimates are unchanged by a
//         shift of all times; keeping the original scale avoids creating or breaking ties by the
//         rounding of time - L.       R: coxph(Surv(time, status) ~ x, subset = time > L)
//
// Inputs : time (finite, >= 0), event (1/0), design (n x p), strata (empty = none), L (> 0, same
//          unit as time), ties, level for the HR intervals.
// Output : for each part, the rows used (indices into the input), its times and events (ready for
//          Kaplan–Meier or log-rank on the same part), and the coxPh fit; a part with no events
//          has a fit with status NoEvents.
#include <span>
#include <vector>

#include "core/stats/cox_ph.h"

namespace ts::stats {

struct LandmarkCoxPart {
    std::vector<int> rows;     // input rows in this part
    std::vector<double> time;  // per row of `rows`
    std::vector<int> event;
    CoxFit cox;
};

struct LandmarkFit {
    double landmark = 0;
    LandmarkCoxPart before;
    LandmarkCoxPart after;
};

LandmarkFit landmarkCox(std::span<const double> time, std::span<const int> event, const CoxDesign& design,
                        double landmark, std::span<const int> strata = {}, Ties ties = Ties::Efron,
                        double level = 0.95);

}  // namespace ts::stats
