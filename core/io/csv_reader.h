#pragma once
// Streaming RFC 4180 CSV reader. Reads the file in large blocks, finds field boundaries in place
// (quoted fields may hold commas, doubled quotes and newlines; "" unescaping happens in the buffer)
// and pushes each row to a RowSink; only the current row is ever held, so memory is bounded by the
// block size and the longest row. UTF-8 (with or without BOM), LF or CRLF.
// Missing: unquoted or quoted NA, "." and the empty field.
// Fatal (InputError): empty file, UTF-16/32 BOM, header only, duplicate or empty column name,
// ragged row, unterminated quote, NUL byte, invalid UTF-8, a row longer than maxRowBytes.
#include <filesystem>

#include "core/io/row_sink.h"

namespace ts {

void readCsv(const std::filesystem::path& file, RowSink& sink);

}  // namespace ts
