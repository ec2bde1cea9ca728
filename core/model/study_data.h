#pragma once
// Everything the store holds of one study: the unit of import, replace and delete.
#include <string>
#include <vector>

#include "core/model/aggregates.h"
#include "core/model/records.h"
#include "core/model/study.h"

namespace ts {

struct StudyData {
    StudyInfo info;
    std::vector<Subject> subjects;
    std::vector<TteRecord> tte;
    std::vector<LabRecord> labs;
    std::vector<AdverseEvent> aes;
    std::vector<LabSummary> labSummaries;
    std::vector<AeCount> aeCounts;
    std::vector<SurvPoint> survPoints;
    std::vector<BaselineCell> baseline;
};

}  // namespace ts
