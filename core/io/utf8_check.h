#pragma once
// Checks that a byte range is valid UTF-8 without NUL bytes (overlong forms, surrogates and code
// points above U+10FFFF are invalid). Returns "" when fine, else a short description.
#include <string>
#include <string_view>

namespace ts {

std::string checkUtf8(std::string_view bytes);

}  // namespace ts
