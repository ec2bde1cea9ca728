#pragma once
// What a study id may be. An id names the study on the command line (`--study A,B`, `delete ID`) and
// in messages, so it must survive both: no control characters (NUL, ESC, newlines), no comma (the
// list separator of --study), no leading '-' (it would read as an option), at most 100 bytes.
#include <string>

namespace ts {

// "" when `id` is a usable study id, else the reason, e.g. "contains a comma".
std::string studyIdProblem(const std::string& id);

}  // namespace ts
