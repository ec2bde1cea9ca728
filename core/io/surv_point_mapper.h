#pragma once
// aggregates/survival_points.csv -> SurvPoint (columns in docs/study-folder.md).
#include "core/io/aggregate_sink.h"

namespace ts {

class SurvPointMapper : public AggregateSink {
public:
    SurvPointMapper(StudyOutput& out, Provenance fallback);

private:
    void map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) override;
};

}  // namespace ts
