#pragma once
// The treatment-by-subgroup interaction test of a subgroup forest plot: whether the hazard ratio
// of the arms differs between the levels of an ADSL variable, as R's
//   anova(coxph(Surv(AVAL, 1 - CNSR) ~ arm + sub), coxph(Surv(AVAL, 1 - CNSR) ~ arm * sub))
// (likelihood-ratio test, ties = "efron"). A subgroup forest shows this instead of pooling the
// subgroups' HRs, which estimate one effect in the whole study, not several studies' effects.
//
// Inputs : the study, its endpoint (PARAMCD), the ADSL variable (2 to 6 levels), the grouping
//          variable (`by`, "" = the default treatment variable) and population flag ("" = all).
//          Subjects without a value of the variable, outside the population or without a record
//          of the endpoint are left out.
// Output : chi-square, its df ((arms - 1) x (levels - 1), less any collinear term), p.
// Throws : AnalysisError when the variable or the endpoint is missing, or either model cannot be fitted.
#include <string>

#include "core/model/study_data.h"

namespace ts {

struct InteractionTest {
    double chisq = 0;
    int df = 0;
    double p = 1;
    int n = 0;
};

InteractionTest subgroupInteraction(const StudyData& study, const std::string& endpoint, const std::string& variable,
                                    const std::string& by = {}, const std::string& population = {});

}  // namespace ts
