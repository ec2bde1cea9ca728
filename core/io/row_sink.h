#pragma once
// The common streaming "dataset" abstraction: a reader (CSV or SAS XPORT) announces the header once,
// then pushes one row at a time to a RowSink. Column names are upper-cased and unique. Rows are never
// accumulated by the readers, so memory stays bounded whatever the file size.
#include <span>
#include <string>
#include <vector>

#include "core/io/value.h"

namespace ts {

struct DatasetHeader {
    std::string file;                  // file name used in error messages (no directory)
    std::string name;                  // XPT dataset name (upper case); "" for CSV
    std::vector<std::string> columns;  // upper-case, unique
    std::vector<std::string> labels;   // the variables' labels (label_text.h), one per column ("" = none);
                                       // empty for a format without labels (CSV)
};

class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void header(const DatasetHeader& h) = 0;
    // line: CSV line of the row's start (header = line 1); XPT: 1-based record number.
    // values: one per column, valid only during the call.
    virtual void row(long line, std::span<const Value> values) = 0;
    // Called now and then with the fraction of the file read; may throw to abandon the read.
    virtual void progress(double /*fraction*/) {}
};

}  // namespace ts
