#pragma once
// Reads a dataset file into a RowSink, by its extension (any case): .csv, .xpt (SAS transport),
// .sas7bdat, .json and .ndjson (CDISC Dataset-JSON v1.1).
#include <filesystem>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

// `xptEncoding`: see readXpt and readSas7bdat (CSV and JSON text is always UTF-8).
void readDataset(const std::filesystem::path& file, RowSink& sink, const std::string& xptEncoding = {});

}  // namespace ts
