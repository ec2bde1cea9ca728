#pragma once
// AET01, the overview of adverse events: per group and in total, subjects with at least one
// treatment-emergent event (TRTEMFL = Y where the data flag it), one that is serious (AESER = Y),
// related (AEREL, ae_filters.h), severe (AETOXGR >= 3 where the data grade events, else
// AESEV = SEVERE), leading to discontinuation (AEACN = DRUG WITHDRAWN) or fatal (AESDTH = Y or
// AEOUT = FATAL), and subjects who died (ADSL DTHFL = Y, whatever their events). Denominators are
// the group's subjects in the population.
#include <vector>

#include "core/analysis/ae_analysis.h"

namespace ts {

std::vector<AeOverviewRow> aeOverview(const StudyData& study, const AeOptions& options);

}  // namespace ts
