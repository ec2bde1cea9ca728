#pragma once
// CDISC Dataset-JSON v1.1 reader: a dataset as one JSON document (.json: the metadata with "columns"
// and "rows") or as NDJSON (.ndjson: the metadata object on the first line, then one row array per
// line, read one line at a time so memory stays bounded). Pushes the header (upper-cased "name"s of
// "columns") and one row per "rows" entry to a RowSink, as the CSV and XPT readers do:
//   string, URI                   text; null, "" and the CSV reader's missing spellings are missing
//   integer, float, double        JSON numbers
//   decimal                       a number or its decimal text (v1.1 writes decimals as strings)
//   boolean                       1 / 0
//   date, datetime, time          ISO 8601 text, as the XPT reader gives SAS dates
// Refused in one line naming the file and the row (0 for the metadata; the NDJSON line for a row):
// text that is not JSON, "datasetJSONVersion" other than 1.1.x, no "columns", a column without a
// "name" or with an unknown "dataType", a row that is not an array of as many values as columns, a
// value of the wrong type, a "records" count other than the rows found, no rows.
#include <filesystem>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

void readDatasetJson(const std::filesystem::path& file, RowSink& sink);

// The metadata's "name" (upper case); "" when unreadable. Reads the first line only of an .ndjson.
std::string datasetJsonName(const std::filesystem::path& file);

}  // namespace ts
