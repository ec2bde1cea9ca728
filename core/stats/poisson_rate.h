#pragma once
// An incidence rate with its exact (Garwood 1936) Poisson confidence interval, as exposure-adjusted
// AE tables give it (tern's AET05 "exact" method; R: poisson.test(x, T)$conf.int).
//
// Inputs:  events x >= 0 (subjects with a first event), exposure T > 0 (any unit, e.g. patient-years),
//          level in (0, 1), per: the rate's scale (100 for "per 100 patient-years").
// Outputs: rate = per * x / T; lower = per * qchisq(alpha/2, 2x) / (2T), 0 when x = 0;
//          upper = per * qchisq(1 - alpha/2, 2x + 2) / (2T), with alpha = 1 - level.
// Precondition: T > 0 and finite (the caller leaves out subjects without exposure).
namespace ts::stats {

struct PoissonRate {
    double rate = 0, lower = 0, upper = 0;
};

PoissonRate poissonRate(long events, double exposure, double level = 0.95, double per = 100);

}  // namespace ts::stats
