#pragma once
// Qin et al. 2024 (NCT05442437): three dose groups of 8 (2.5, 5.0, 10 x 10^7 cells).
//
// Overall survival from the "Enrollment and Survival" narrative, in months from the first infusion:
// low dose - deaths at 11 and 23 months, a withdrawal (new HCC) and a loss to follow-up after the
// day-85 visit (censored at 85 days); medium dose - one subject missed every visit (censored after
// the last infusion, day 15) and one COVID-19 drop-out (time not given: illustrative, 12 months);
// high dose - one death at about 7 months, survivors still in the 2-year follow-up (illustrative
// censoring spread over 18-24 months). Everybody else completes the 24-month survival follow-up.
//
// Labs (illustrative): ALB, ALT, AST, CHE, TBIL, PTA at days 1/29/57/85/169 from illustrativeLabs,
// with arm x visit targets invented to follow the Results "Liver function" and "Coagulation
// function" paragraphs (see sample_trials/qin2024/README.md, item by item). Visits stop with the
// narrative: the two low-dose drop-outs after day 85, the medium-dose subject who missed every
// follow-up after day 1, the COVID-19 drop-out after day 85 (illustrative: which visits were missed
// is not stated). The drop-outs sit at positions 4 and 5 of their arm, whose illustrativeLabs ranks
// stay near the middle for the strides used (1, 3, 7; stride 5 would give position 4 the top rank),
// so leaving them out moves a visit mean by at most about 0.12 SD.
#include "core/model/study_data.h"

namespace ts {

StudyData qin2024Sample();

}  // namespace ts
