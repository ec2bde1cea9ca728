// Replays every fuzz seed (tests/fuzz/corpus/<target>) and every input a fuzzer once tripped on
// (tests/fuzz/regressions/<target>) through the same entry points the libFuzzer targets call, in
// the ordinary (non-fuzz) build: each must be read or refused cleanly, never crash or throw
// anything but a well-formed InputError (which the entries catch and check).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "fuzz_entry.h"

namespace fs = std::filesystem;
using namespace ts::fuzz;

namespace {

std::string slurp(const fs::path& f) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int replay(const char* kind, const Entry& e) {
    const fs::path dir = fs::path(TRIALSCOPE_SOURCE_DIR) / "tests" / "fuzz" / kind / e.name;
    int n = 0;
    if (!fs::is_directory(dir)) return n;
    for (const auto& f : fs::directory_iterator(dir)) {
        if (!f.is_regular_file() || f.path().filename().string().front() == '.') continue;
        INFO(e.name << ": " << f.path().filename().string());
        const std::string input = slurp(f.path());
        CHECK_NOTHROW(e.run(input));
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("fuzz seeds are read or refused cleanly", "[faults][fuzz]") {
    for (const Entry& e : entries()) {
        INFO("target " << e.name);
        CHECK(replay("corpus", e) > 0);  // every target has seeds
    }
}

TEST_CASE("fuzz findings stay fixed", "[faults][fuzz]") {
    int total = 0;
    for (const Entry& e : entries()) total += replay("regressions", e);
    CHECK(total > 0);
}
