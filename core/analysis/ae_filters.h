#pragma once
// The per-event rules every adverse-event table shares: which events count (treatment-emergent
// ones where the data flag them) and how AEREL reads.
#include <string>
#include <vector>

#include "core/model/records.h"

namespace ts {

// `text` in upper case (ASCII), the form AESEV, AEACN, AEOUT and AEREL are compared in.
std::string upperCase(std::string text);

// True when any event carries TRTEMFL: the tables then count TRTEMFL = Y events only.
bool flaggedStudy(const std::vector<AdverseEvent>& events);

// AEREL as delivered -> "related" / "not related" / "unknown" (the usual CDISC causality terms:
// NONE, NOT RELATED, UNLIKELY, REMOTE count as not related; POSSIBLE, PROBABLE, RELATED... as related).
std::string relatedness(const std::string& aerel);

}  // namespace ts
