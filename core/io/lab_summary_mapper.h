#pragma once
// aggregates/lab_summary.csv -> LabSummary (columns in docs/study-folder.md).
#include "core/io/aggregate_sink.h"

namespace ts {

class LabSummaryMapper : public AggregateSink {
public:
    LabSummaryMapper(StudyOutput& out, Provenance fallback);

private:
    void map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) override;
};

}  // namespace ts
