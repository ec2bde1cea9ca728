#pragma once
// Appends one reason to a result's note, separated by "; ".
#include <string>
#include <string_view>

namespace ts::stats {

void appendNote(std::string& note, std::string_view reason);

}  // namespace ts::stats
