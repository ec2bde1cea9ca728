#pragma once
// The rows of a forest plot and their pooling, from survival analyses (no drawing here):
//   across studies: per compared study, the Cox HR of each shown arm against the study's control
//                   (CompareStudy::control, else its reference arm; log HR and its se from coxph),
//                   pooled only when the user declares the contrasts comparable (`pool`) and each
//                   study gives one contrast: experimental vs control. Otherwise the footnote says
//                   why there is no pooled estimate: studies compare different things (Li 2023's
//                   non-SCT vs SCT is not Qin 2024's high vs low dose);
//   subgroups:      one study split by the levels of an ADSL variable (e.g. SEX), the HR of the
//                   second group vs the reference within each level, not pooled: the levels split
//                   one study, so the plot gives the treatment-by-subgroup interaction test
//                   (subgroup_interaction.h, as R's anova of coxph(~ arm + sub) and (~ arm * sub))
//                   and the direction of the HRs ("< 1 favours ...").
#include <string>

#include "core/analysis/compare_studies.h"
#include "core/model/study_data.h"
#include "ui/compare/forest_plot.h"

namespace ts {

ForestData forestAcrossStudies(const Comparison& comparison, bool pool, double level = 0.95);

// Throws AnalysisError when `variable` is not an ADSL variable of the study or has < 2 levels.
ForestData forestSubgroups(const StudyData& study, const std::string& endpoint, const std::string& variable,
                           const std::string& by = {}, double level = 0.95);

}  // namespace ts
