#pragma once
// Reads a .csv or .xpt file (by extension, any case) into a RowSink.
#include <filesystem>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

// `xptEncoding`: see readXpt (CSV text is always UTF-8).
void readDataset(const std::filesystem::path& file, RowSink& sink, const std::string& xptEncoding = {});

}  // namespace ts
