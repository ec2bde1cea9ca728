#pragma once
// Shi et al. 2021 (NCT01220492): UC-MSC (n = 108) vs control (n = 111). Two endpoints:
//  HCCFS - HCC-free survival from Fig. 5a: 13/108 and 23/111 HCC events, the published numbers at
//          risk (taken at 0, 10, ..., 70 months), follow-up to 85 / 82 months (Results: ranges), and
//          the placement shape tuned to the published HR 1.77 (control vs UC-MSC).
//  OS    - overall survival: the paper gives no death counts, survival rates or numbers at risk,
//          only HR 1.89 (1.01-3.58) and the 13-month landmark HRs 0.97 (0.40-2.32) and 3.68
//          (1.38-9.85). Deaths before / after 13 months per arm are chosen by a deterministic grid
//          search matching each landmark HR and its CI width (the CI fixes the information, hence the
//          number of deaths); follow-up censoring is uniform over a window whose median is the
//          published median follow-up (61 / 57 months, ranges up to 85 / 82).
// The two endpoints are reconstructed separately and paired to subjects by rank; they cannot be
// made one consistent history (see sample_trials/shi2021/README.md).
// Labs (ALB, PTA, CHE, TBIL at weeks 0/12/24/48): baseline from Table 1, later visits illustrative.
// AEs: self-limiting fever in 7 UC-MSC patients.
#include "core/model/study_data.h"

namespace ts {

struct Shi2021Fit {
    StudyData study;
    int deathsBefore[2] = {0, 0};  // UC-MSC, control: deaths in (0, 13]
    int deathsAfter[2] = {0, 0};   // deaths after 13 months
    double osShape = 1, hccShape = 1;
};

Shi2021Fit shi2021Sample();

}  // namespace ts
