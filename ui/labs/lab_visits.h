#pragma once
// The visits a lab figure puts on its x axis. ADaM ADLB usually carries, next to the scheduled
// visits, unscheduled visits (a handful of patients each) and derived analysis visits such as
// "POST-BASELINE MAXIMUM" / "LAST" (one record per patient, not a time point). Joined into the
// time course they would be read as time points, so by default only scheduled visits are shown.
#include <string>
#include <vector>

#include "core/analysis/lab_analysis.h"

namespace ts {

struct LabVisit {
    std::string name;
    double visitn = 0;
};

struct LabVisitSelection {
    std::vector<LabVisit> shown;   // in visitn order
    std::vector<LabVisit> hidden;  // left off the axis
};

// All visits of the report in visitn order; with scheduledOnly, a visit is hidden when its name
// says it is unscheduled or a derived post-baseline summary, or when fewer patients (summed over
// groups) have it than minShare of the best-attended visit.
LabVisitSelection selectLabVisits(const LabReport& report, bool scheduledOnly, double minShare = 0.1);

}  // namespace ts
