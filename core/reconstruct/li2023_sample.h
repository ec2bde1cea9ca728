#pragma once
// Li et al. 2023 (ChiCTR2100047550): SCT (n = 36) vs non-SCT (n = 165), propensity-matched cohort
// (36 vs 72) as ADSL flag PSMFL. Overall survival reconstructed from the Results paragraph (deaths,
// 3- and 5-year survival, medians) with no censoring before the administrative window (follow-up
// to 30 Oct 2021 of patients admitted Nov 2010 - Feb 2013: 104 to 131 months), and the placement
// shape tuned (searchShape) so that the Cox HR SCT vs non-SCT is the published 0.47.
// Non-SCT = the 72 matched + 93 unmatched subjects, reconstructed separately so that both the whole
// cohort and the matched cohort reproduce their published numbers. See sample_trials/li2023/README.md.
#include "core/model/study_data.h"

namespace ts {

struct Li2023Fit {
    StudyData study;
    double shape = 1;  // tuned placement shape (non-SCT arms; the SCT arm uses 1/shape)
    double logHr = 0;  // Cox log HR SCT vs non-SCT of the reconstruction
};

Li2023Fit li2023Sample();

}  // namespace ts
