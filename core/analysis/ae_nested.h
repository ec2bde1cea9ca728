#pragma once
// The SOC / preferred-term layout of a safety table (tern's AET02): each SOC row (subjects with
// any event in the SOC, and its events) followed by its preferred terms; SOCs by descending total
// frequency (subjects summed over the groups), then name; terms the same way within their SOC.
#include <vector>

#include "core/analysis/ae_analysis.h"

namespace ts {

// `socRows`: a SOC-level report's rows; `termRows`: the term-level report's rows of the same data.
std::vector<AeRow> nestRows(std::vector<AeRow> socRows, std::vector<AeRow> termRows);

}  // namespace ts
