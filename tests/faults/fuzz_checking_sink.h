#pragma once
// A RowSink that checks what the readers promise (row_sink.h) instead of storing anything: one
// header before any row, non-empty, upper-case, unique column names, one value per column, rows
// in increasing line order, progress within [0, 1], and (CSV) text that is valid UTF-8 without NUL.
// A broken promise throws HarnessFailure.
#include <string>

#include "core/io/row_sink.h"

namespace ts::fuzz {

class CheckingSink : public RowSink {
public:
    explicit CheckingSink(bool utf8Text) : m_utf8Text(utf8Text) {}

    void header(const DatasetHeader& h) override;
    void row(long line, std::span<const Value> values) override;
    void progress(double fraction) override;

    long rows() const { return m_rows; }

private:
    bool m_utf8Text;
    bool m_hasHeader = false;
    std::size_t m_columns = 0;
    long m_lastLine = 0;
    long m_rows = 0;
};

}  // namespace ts::fuzz
