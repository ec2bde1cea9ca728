#pragma once
// Qin et al. 2024 (NCT05442437): three dose groups of 8 (2.5, 5.0, 10 x 10^7 cells). Overall survival
// from the "Enrollment and Survival" narrative, in months from the first infusion: low dose - deaths
// at 11 and 23 months, a withdrawal (new HCC) and a loss to follow-up after the day-85 visit
// (censored at 85 days); medium dose - one subject missed every visit (censored after the last
// infusion, day 15) and one COVID-19 drop-out (time not given: illustrative, 12 months); high dose -
// one death at about 7 months, survivors still in the 2-year follow-up (illustrative censoring
// spread over 18-24 months). Everybody else completes the 24-month survival follow-up.
#include "core/model/study_data.h"

namespace ts {

StudyData qin2024Sample();

}  // namespace ts
