#pragma once
// Where a dataset's values came from. Shown on every view and figure that uses non-original data.
#include "core/model/choices.h"

namespace ts {

enum class Provenance {
    Original,            // patient-level data as delivered
    Reconstructed,       // patient-level data rebuilt from published summaries
    PublishedAggregate,  // numbers copied from a publication (table/figure/sentence cited)
    Illustrative         // values invented to be consistent with a paper's text
};

// "original", "reconstructed", "published-aggregate", "illustrative" (study.json, the store, JSON)
const Choices<Provenance>& provenances();

}  // namespace ts
