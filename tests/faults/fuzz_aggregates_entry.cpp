// Fuzz entry: one published-aggregate CSV (lab_summary, ae_counts, survival_points or baseline,
// chosen by the first byte) imported as a study folder with a minimal study.json.
#include "fuzz_entry.h"
#include "fuzz_import_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void aggregatesEntry(std::string_view input) {
    if (input.empty()) return;
    static const char* const kinds[] = {"lab_summary", "ae_counts", "survival_points", "baseline"};
    const char* kind = kinds[static_cast<unsigned char>(input[0]) % 4];
    const auto folder = Scratch::get().folder("aggregates_study");
    std::filesystem::create_directory(folder / "aggregates");
    writeFile(folder / "study.json", R"({"id":"FUZZ"})");
    writeFile(folder / "aggregates" / (std::string(kind) + ".csv"), input.substr(1));
    importAndCheck(folder);
}

}  // namespace ts::fuzz
