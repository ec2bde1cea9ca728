#pragma once
// Imports a study folder into the fuzz store and checks the all-or-nothing promise: a refused
// import raises a well-formed InputError and leaves no study behind; an accepted one reports a
// study id and one-line warnings, is in the store, and is deleted again so the store stays empty.
#include <filesystem>

namespace ts::fuzz {

void importAndCheck(const std::filesystem::path& folder);

}  // namespace ts::fuzz
