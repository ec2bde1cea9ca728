#pragma once
// Display order of arms found in ADSL when the study gives no order (no study.json arms, no
// TRT01AN/TRT01PN): controls first, then dose groups from low to high, then other arms by name;
// arms that are no treatment at all (screen failures, not assigned) last. A clinician reads
// "Placebo, Low dose, High dose", not the alphabet.
#include <string_view>

namespace ts {

// 0 control (placebo, control, vehicle, sham, standard of care), 1 low, 2 medium, 3 high dose,
// 4 any other arm, 5 screen failure / not assigned / not treated.
int armRank(std::string_view name);

}  // namespace ts
