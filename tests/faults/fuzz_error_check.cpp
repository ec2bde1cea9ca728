#include "fuzz_error_check.h"

#include <algorithm>
#include <string>

#include "fuzz_entry.h"

namespace ts::fuzz {

namespace {

[[noreturn]] void fail(const std::string& why, const InputError& e) {
    std::string shown(e.what(), std::min<std::size_t>(std::string_view(e.what()).size(), 300));
    throw HarnessFailure("bad InputError (" + why + "): " + shown);
}

}  // namespace

void checkError(const InputError& e, std::initializer_list<std::string_view> files) {
    const std::string_view what = e.what();
    if (what.find_first_of(std::string_view("\n\r\0", 3)) != std::string_view::npos) fail("not one line", e);
    if (what.size() > maxErrorBytes) fail("longer than " + std::to_string(maxErrorBytes) + " bytes", e);
    if (e.file().empty() || e.line() < 0 || e.message().empty()) fail("empty file or message, or negative line", e);
    if (what != e.file() + ":" + std::to_string(e.line()) + ": " + e.message())
        fail("what() is not FILE:LINE: message", e);
    if (files.size() && std::find(files.begin(), files.end(), e.file()) == files.end())
        fail("names an unexpected file", e);
}

}  // namespace ts::fuzz
