#pragma once
// SAS XPORT (v5 and v8) reader through ReadStat: pushes the dataset name, upper-cased variable names
// and one row per record to a RowSink. Character values arrive as text (trailing blanks trimmed);
// numeric values as numbers, except variables with a SAS date/datetime/time format, which arrive as
// ISO 8601 text. System and special missing values (. .A-.Z ._) are missing, and so are the character
// values "", "NA" and "." (the CSV reader's missing spellings, so CSV and XPT copies agree).
// Numbers are rounded to 15 significant digits: XPORT stores IBM floating point whose conversion
// leaves noise in the last bits, and 15 digits is what CSV exporters (R, SAS) write, so the CSV and
// XPT copies of a dataset read identically.
#include <filesystem>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

// `encoding`: the file's text encoding as study.json's "xpt_encoding" names it (an iconv name such as
// WINDOWS-1252); empty: UTF-8 (ASCII included). Text that is not valid UTF-8 after decoding is an
// InputError naming the record and variable. A file of several members is refused.
void readXpt(const std::filesystem::path& file, RowSink& sink, const std::string& encoding = {});

// The dataset (member) name stored in the file, upper case; "" when unreadable.
std::string xptDatasetName(const std::filesystem::path& file);

}  // namespace ts
