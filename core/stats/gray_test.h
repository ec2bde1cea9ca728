#pragma once
// Gray's k-sample test of equal cumulative incidence of one cause (Gray 1988, Ann Stat 16:1141),
// as cmprsk::cuminc(ftime, fstatus, group, rho = rho)$Tests, one stratum.
//
// Inputs : time   - follow-up times (finite, >= 0, any order)
//          cause  - 0 = censored, 1 = the cause tested, any other positive value = a competing cause
//          group  - 0..k-1 per row (groups without rows are left out of the test)
//          rho    - the weight (1 - F(t-))^rho, F the pooled incidence of the cause; 0 as cuminc
// Output : chisq = s' V^-1 s over the first k-1 groups' scores, df = k - 1, p from chi-square(df).
//          `defined` is false (chisq and p meaningless) when V is singular, where cuminc prints -1:
//          fewer than two groups, or no event of the cause.
// Notes  : times are compared exactly (cuminc has no timefix). The variance is Gray's estimator,
//          with the tie corrections cuminc applies to events of either cause at one time.
// Cost   : one sort and one sweep with O(k^2) work per distinct event time.
#include <span>

namespace ts::stats {

struct GrayResult {
    double chisq = 0;
    int df = 0;
    double p = 1;
    bool defined = false;
};

GrayResult grayTest(std::span<const double> time, std::span<const int> cause, std::span<const int> group,
                    double rho = 0);

}  // namespace ts::stats
