#pragma once
// Shared part of the aggregates/ CSV mappers (lab_summary, ae_counts, survival_points, baseline):
// required and known columns (unknown ones are warnings), the per-row `provenance` and `source`
// columns, Y/N flags, and counting. Column names are case-insensitive (upper-cased by the reader).
#include <optional>
#include <string>
#include <vector>

#include "core/io/row_access.h"
#include "core/io/study_output.h"

namespace ts {

class AggregateSink : public RowSink {
public:
    // known and required: upper-case column names ("PROVENANCE" and "SOURCE" are always known).
    AggregateSink(StudyOutput& out, Provenance fallback, std::vector<std::string> known,
                  std::vector<std::string> required);
    void header(const DatasetHeader& h) override;
    void row(long line, std::span<const Value> values) override;
    void progress(double fraction) override { m_out.progress(fraction); }

protected:
    // Maps one validated row; `cell(name)` looks up a column (nullopt when absent).
    virtual void map(const RowAccess& row, StudyWriter& w, Provenance p, const std::string& source) = 0;
    std::optional<int> cell(const std::string& name) const { return m_cols->find(name); }
    // Required text: fails with "NAME is missing" when empty.
    std::string need(const RowAccess& row, const std::string& name) const;
    // Y/N, 1/0, true/false (any case); missing = false.
    bool flag(const RowAccess& row, const std::string& name) const;
    std::optional<int> count(const RowAccess& row, const std::string& name) const;

private:
    StudyOutput& m_out;
    Provenance m_fallback;
    std::vector<std::string> m_known, m_required;
    std::optional<Columns> m_cols;
};

}  // namespace ts
