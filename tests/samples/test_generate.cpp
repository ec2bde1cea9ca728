#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/reconstruct/generate_samples.h"
#include "tests/scratch_dir.h"

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

// Not run by default: regenerates the committed ADaM CSVs of sample_trials/.
TEST_CASE("generate the sample trial ADaM files", "[.generate]") {
    ts::generateSamples(fs::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials");
}

TEST_CASE("committed sample trial ADaM files are what the generator writes", "[samples]") {
    const ts::test::ScratchDir scratch;
    const fs::path& tmp = scratch.path();
    ts::generateSamples(tmp);
    int files = 0;
    for (const auto& e : fs::recursive_directory_iterator(tmp)) {
        if (!e.is_regular_file()) continue;
        fs::path committed = fs::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / fs::relative(e.path(), tmp);
        INFO(committed.string());
        CHECK(slurp(committed) == slurp(e.path()));
        ++files;
    }
    CHECK(files == 9);  // shi2021: adsl adtte adlb adae; qin2024: adsl adtte adlb; li2023: adsl adtte
}
