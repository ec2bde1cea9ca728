#pragma once
// Normalises a header: trims and upper-cases each name and rejects empty or duplicate names
// (hash set, so 10^4 columns stay linear). Throws InputError(file, line, ...).
#include <string>
#include <vector>

namespace ts {

void normaliseColumns(std::vector<std::string>& names, const std::string& file, long line);

}  // namespace ts
