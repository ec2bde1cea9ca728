#pragma once
// aggregates/ae_counts.csv -> AeCount (columns in docs/study-folder.md).
#include "core/io/aggregate_sink.h"

namespace ts {

class AeCountMapper : public AggregateSink {
public:
    AeCountMapper(StudyOutput& out, Provenance fallback);

private:
    void map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) override;
};

}  // namespace ts
