#pragma once
// Aalen–Johansen cumulative incidence for competing risks, as the pstate of
// survival::survfit(Surv(time, factor(status)) ~ 1) with status 0 = censored, 1..m = cause.
//
// Inputs : time  - follow-up times (finite, >= 0, any order)
//          cause - 0 = censored, c in 1..m = event of cause c (same length as time)
// Output : one step per distinct time (after aeqSurv merging), with n at risk, events per cause,
//          censorings, the event-free probability S(t) (all-cause KM) and the incidence of each
//          cause F_c(t) = sum_{t_j <= t} S(t_j-) d_cj / n_j. S + sum_c F_c = 1 at every step.
//          stdErr: the infinitesimal-jackknife standard error of each F_c (aalen_johansen_se.h).
#include <span>
#include <vector>

namespace ts::stats {

struct AalenJohansenFit {
    int causes = 0;                 // m
    std::vector<double> time;       // steps
    std::vector<double> nRisk;      // steps
    std::vector<double> nCensor;    // steps
    std::vector<double> eventFree;  // steps: S(t)
    std::vector<double> nEvent;     // steps x causes, row-major
    std::vector<double> incidence;  // steps x causes, row-major
    std::vector<double> stdErr;     // steps x causes, row-major
    std::size_t steps() const { return time.size(); }
    double incidenceAt(std::size_t step, int cause) const  // cause in 1..m
    {
        return incidence[step * static_cast<std::size_t>(causes) + static_cast<std::size_t>(cause - 1)];
    }
    double stdErrAt(std::size_t step, int cause) const  // cause in 1..m
    {
        return stdErr[step * static_cast<std::size_t>(causes) + static_cast<std::size_t>(cause - 1)];
    }
};

// causes: at least this many causes in the fit (a cause without events keeps its columns, all 0).
AalenJohansenFit aalenJohansen(std::span<const double> time, std::span<const int> cause, int causes = 0);

}  // namespace ts::stats
