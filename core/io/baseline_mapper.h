#pragma once
// aggregates/baseline.csv -> BaselineCell (columns in docs/study-folder.md).
#include "core/io/aggregate_sink.h"

namespace ts {

class BaselineMapper : public AggregateSink {
public:
    BaselineMapper(StudyOutput& out, Provenance fallback);

private:
    void map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) override;
    int m_rows = 0;
};

}  // namespace ts
