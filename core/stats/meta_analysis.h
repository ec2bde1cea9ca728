#pragma once
// Inverse-variance pooling of study effects for the forest plot: fixed effect and
// DerSimonian–Laird random effects, as metafor::rma(yi, sei = sei, method = "FE" | "DL").
//
// Inputs : studies - effect on an additive scale (log hazard ratio, log risk ratio, ...) with
//          its standard error; level - confidence level of the pooled intervals, in (0, 1).
//          metaStudyFromCi builds a study from a ratio and its CI:
//          yi = log(ratio), se = (log(upper) - log(lower)) / (2 qnorm((1 + level) / 2)).
// Output : per method the pooled estimate, se, CI, z and two-sided p (same scale as the input:
//          exponentiate for a ratio) and the per-study weights in percent (aligned with the input;
//          0 for a study left out). Heterogeneity: Cochran's Q on k - 1 df with its p, I^2 in
//          percent = max(0, (Q - df) / Q), H = sqrt(Q / df) (metafor's H^2 for "FE"; its "DL" fit
//          prints max(1, H^2)), and the DL tau^2 = max(0, (Q - df) / (sum w - sum w^2 / sum w)).
// Not estimable: a study whose estimate or se is not finite, or whose se <= 0, is left out with
//          a note; with no usable study there is no pooled estimate (nullopt); with one study,
//          heterogeneity is nullopt and the random-effects fit equals the fixed one (tau^2 = 0).
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace ts::stats {

struct MetaStudy {
    std::string name;
    double estimate = 0;
    double se = 0;
};

struct MetaPooled {
    double estimate = 0;
    double se = 0;
    double lower = 0;
    double upper = 0;
    double z = 0;
    double p = 1;
    std::vector<double> weights;  // percent, per input study
};

struct MetaHeterogeneity {
    double q = 0;
    int df = 0;
    double p = 1;
    double i2 = 0;  // percent
    double h = 1;
    double tau2 = 0;  // DerSimonian–Laird
};

struct MetaResult {
    int k = 0;               // studies used
    std::vector<bool> used;  // per input study
    std::optional<MetaPooled> fixed;
    std::optional<MetaPooled> random;
    std::optional<MetaHeterogeneity> heterogeneity;
    double level = 0.95;
    std::string note;
};

MetaResult metaAnalysis(std::span<const MetaStudy> studies, double level = 0.95);

// nullopt when the ratio or a bound is not positive and finite, or lower >= upper.
std::optional<MetaStudy> metaStudyFromCi(std::string name, double ratio, double lower, double upper,
                                         double level = 0.95);

}  // namespace ts::stats
