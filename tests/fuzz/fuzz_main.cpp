// libFuzzer glue: TS_FUZZ_ENTRY (set per target by CMakeLists.txt) names the entry point in
// tests/faults/fuzz_entry.h. Harness failures and foreign exceptions escape on purpose, so
// libFuzzer records the input as a crash.
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ts::fuzz::TS_FUZZ_ENTRY(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
