#pragma once
// The severity scale of a study's adverse events, for "highest severity or grade" tables (tern's
// AET04): toxicity grades 1 to 5 when any event carries AETOXGR, else AESEV's MILD < MODERATE <
// SEVERE. A subject is counted once, at the worst level among the events a row counts.
#include <string>
#include <vector>

#include "core/model/records.h"

namespace ts {

struct SeverityScale {
    bool grades = false;              // AETOXGR (labels "1".."5"), else AESEV
    std::vector<std::string> labels;  // level 1..n -> labels[level - 1]

    // 1..n; 0 when the event has no value on this scale.
    int levelOf(const AdverseEvent& e) const;
    const char* name() const { return grades ? "grade" : "severity"; }
};

SeverityScale severityScale(const std::vector<AdverseEvent>& events);

}  // namespace ts
