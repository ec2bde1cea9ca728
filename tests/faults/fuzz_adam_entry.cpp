// Fuzz entry: ADaM CSV datasets through the importer's mapping rules. The first byte picks the
// domain (adsl, adtte, adlb, adae); the rest is the ADSL text, and for the other domains
// "\n====\n" and that domain's text. Without the separator the text is the only dataset.
#include "fuzz_entry.h"
#include "fuzz_import_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void adamEntry(std::string_view input) {
    if (input.empty()) return;
    static const char* const domains[] = {"adsl", "adtte", "adlb", "adae"};
    const std::string domain = domains[static_cast<unsigned char>(input[0]) % 4];
    std::string_view text = input.substr(1);
    const auto folder = Scratch::get().folder("adam_study");
    constexpr std::string_view separator = "\n====\n";
    if (auto cut = text.find(separator); cut != std::string_view::npos && domain != "adsl") {
        writeFile(folder / "adsl.csv", text.substr(0, cut + 1));
        writeFile(folder / (domain + ".csv"), text.substr(cut + separator.size()));
    } else {
        writeFile(folder / (domain + ".csv"), text);
    }
    importAndCheck(folder);
}

}  // namespace ts::fuzz
