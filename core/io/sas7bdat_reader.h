#pragma once
// SAS7BDAT (SAS 7 data set) reader through ReadStat: the same header, rows, value rules and one-line
// errors as the XPT reader (xpt_reader.h, readstat_rows.h). The file names its own text encoding,
// which ReadStat converts to UTF-8; study.json's "xpt_encoding" overrides it for a file that names
// it wrongly. Compressed (RLE, RDC) files are read; a file cut short is refused naming the record
// where it ends.
#include <filesystem>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

void readSas7bdat(const std::filesystem::path& file, RowSink& sink, const std::string& encoding = {});

// The dataset name stored in the file, upper case; "" when unreadable.
std::string sas7bdatDatasetName(const std::filesystem::path& file);

}  // namespace ts
