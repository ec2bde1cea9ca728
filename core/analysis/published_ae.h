#pragma once
// The AE table from published counts (aggregate-only studies). Denominators come from ADSL when
// the study has subjects, else they are unknown (null n and percent). Subjects are null where the
// publication gives event counts only.
#include "core/analysis/ae_analysis.h"

namespace ts {

// Throws AnalysisError when no published row matches the requested level / grade / relatedness.
AeReport publishedAdverseEvents(const StudyData& study, const AeOptions& options);

}  // namespace ts
