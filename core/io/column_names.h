#pragma once
// Normalises a header: trims and upper-cases each name and rejects empty or duplicate names
// (hash set, so 10^4 columns stay linear). Throws InputError(file, line, ...).
#include <string>
#include <vector>

namespace ts {

// The most variables a dataset may have: SAS's own limit for a data set in an XPORT v8 file is
// 32767. A header with more is refused before its names are copied (a 56 MB CSV of 3 million
// columns once took 2 GB).
constexpr std::size_t kMaxColumns = 32767;

// Throws InputError(file, line, "N columns: at most 32767 ...") when `count` > kMaxColumns.
void checkColumnCount(std::size_t count, const std::string& file, long line);

void normaliseColumns(std::vector<std::string>& names, const std::string& file, long line);

}  // namespace ts
