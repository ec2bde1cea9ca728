#pragma once
// The oracle every fuzz entry applies to a refused input: the CLI prints InputError::what() as its
// whole stderr line, so it must be exactly "FILE:LINE: message", one line, short enough to read.
#include <initializer_list>
#include <string_view>

#include "core/io/input_error.h"

namespace ts::fuzz {

constexpr std::size_t maxErrorBytes = 1000;

// Throws HarnessFailure when `e` breaks the format or names a file outside `files` (empty: any).
void checkError(const InputError& e, std::initializer_list<std::string_view> files = {});

}  // namespace ts::fuzz
