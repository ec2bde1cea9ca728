#pragma once
// Reconstruction of individual patient data (IPD) for one arm from published survival summaries,
// in the spirit of Guyot et al. 2012 (BMC Med Res Methodol 12:9), but working from the handful of
// numbers a paper prints (no digitised curve).
//
// Inputs : ArmSummary - group size n; knots at published times t (0 < t < end), each carrying any of
//          S(t) (proportion), the number at risk at t (subjects with time >= t) and the cumulative
//          number of events by t; optionally the total number of events; the follow-up window
//          (end = last follow-up time; censorFrom = start of administrative censoring).
//          A median m is given as a knot {m, surv = 0.5, crossing = true}; note that when S can hit
//          0.5 exactly (no censoring, even n) R's median is the midpoint of two event times: give
//          those as cumulative-event knots instead.
//          shape > 0 - placement of events inside an interval (1 = evenly spaced).
// Output : ReconstructedArm - one record per subject (time in the summary's unit, event 1/0), the
//          per-interval counts actually used and notes for every target that could not be met.
// Method : the knots cut [0, end] into intervals (a, b]; intervals are processed in time order
//          carrying the number at risk r and the KM value S(a).
//   Events d in (a, b]: the difference of cumulative events when published at a and b; else, when
//          S(b) is published, the integer d whose KM drop (with this interval's censorings in place)
//          brings S(a) closest to S(b) (Guyot's step, solved exactly by trying every d; for a crossing
//          knot the smallest d with S(b) <= S target); else a share of the events left over by the
//          total, split over such "free" intervals in proportion to their person-time (a constant-
//          hazard rule, largest-remainder rounding, never more than an interval's drop in numbers at
//          risk: the excess goes to the other free intervals). Because the
//          leftover depends on the S-driven intervals and vice versa, the pass repeats until the split
//          no longer changes.
//   Censorings c in (a, b]: when the number at risk at b is published (and always in the last
//          interval, where everyone left has gone by `end`), c = drop in numbers at risk - d, as in
//          Guyot; otherwise the subjects at risk are censored uniformly over the part of the window
//          [censorFrom, end] that remains: c = round(r * overlap((a,b], window) / (end - max(a, censorFrom)))).
//   Placement (deterministic, no random numbers): the k-th of d events sits at a + (b-a) * u_k^shape
//          with u_k = k/d, so the last event falls on b and S(b) and a median at b are met exactly;
//          when the number at risk at b is published, and in the last interval, u_k = (k - 1/2)/d
//          instead, keeping every event before b so the published count at b (time >= b) is
//          reproduced and the curve does not end in a spurious drop to 0 at `end`. The j-th of c censorings
//          sits at the midpoint a + (b-a)(j - 1/2)/c. shape > 1 moves events towards a (early), < 1 towards b.
// Preconditions: n > 0, end > every knot time, knot times strictly increasing and > 0, numbers at
//          risk non-increasing and <= n; violations are reported by throwing std::invalid_argument.
#include <optional>
#include <string>
#include <vector>

namespace ts {

struct SurvKnot {
    double time = 0;
    std::optional<double> surv;    // published S(time), proportion 0..1
    std::optional<int> nRisk;      // published number at risk at time
    std::optional<int> eventsCum;  // published number of events in (0, time]
    bool crossing = false;         // surv is a quantile level (0.5 for a median at `time`): use the
                                   // fewest events that bring S(time) to <= surv, the last on `time`
};

struct ArmSummary {
    int n = 0;
    std::vector<SurvKnot> knots;
    std::optional<int> events;  // total events over follow-up
    double end = 0;             // last follow-up time
    double censorFrom = 0;      // administrative censoring window [censorFrom, end]
};

struct IpdRecord {
    double time = 0;
    int event = 0;  // 1 = event, 0 = censored
};

struct IntervalCounts {
    double from = 0, to = 0;
    int atRisk = 0;  // at risk at `from`
    int events = 0;
    int censored = 0;
    double survEnd = 1;  // KM value at `to` of the reconstruction
};

struct ReconstructedArm {
    std::vector<IpdRecord> records;  // sorted by time
    std::vector<IntervalCounts> intervals;
    std::vector<std::string> notes;  // targets that could not be met exactly
};

ReconstructedArm reconstructArm(const ArmSummary& arm, double shape = 1.0);

}  // namespace ts
