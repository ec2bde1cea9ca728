#pragma once
// Pointwise confidence band of a survival probability, as survival:::survfit_confint.
//
// Inputs : conf  - transform (ConfType::None gives the degenerate band [surv, surv])
//          surv  - S(t) in [0, 1]
//          seLog - standard error of log S(t) (survfit's std.err); may be +infinity
//          z     - normal critical value, e.g. zForLevel(0.95)
// Output : lower/upper bounds; `defined` is false where R's bounds are NA/NaN because the variance
//          is infinite, or S = 0 under a transform other than plain (the bounds then hold surv). Where S = 1 and the transform is
//          singular (log-log, logit, arcsin: R gives NA) the band is the limit [1, 1].
#include "core/stats/conf_type.h"

namespace ts::stats {

struct Band {
    double lower = 1;
    double upper = 1;
    bool defined = true;
};

Band survivalBand(ConfType conf, double surv, double seLog, double z);

}  // namespace ts::stats
