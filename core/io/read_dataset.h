#pragma once
// Reads a .csv or .xpt file (by extension, any case) into a RowSink.
#include <filesystem>

#include "core/io/row_sink.h"

namespace ts {

void readDataset(const std::filesystem::path& file, RowSink& sink);

}  // namespace ts
