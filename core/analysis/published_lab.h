#pragma once
// Lab view points from published summaries (aggregate-only studies): one group per arm, one
// point per visit row, on the scale requested (value or change; percent change is not derivable).
#include <vector>

#include "core/analysis/lab_analysis.h"

namespace ts {

// Fills rep.groups, by, provenance, source and notes from `rows` (all of rep.param).
// Throws AnalysisError when no row is on the requested scale.
void publishedLabs(const StudyData& study, const std::vector<const LabSummary*>& rows, LabReport& rep);

}  // namespace ts
