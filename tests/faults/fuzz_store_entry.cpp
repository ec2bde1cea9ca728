// Fuzz entry: the bytes are a store file, opened the way a reading command opens one and read
// through every path a command takes (the library, a study's overview, a survival slice from the
// packed columns, the whole study). A damaged or hostile file must be refused with a StoreError of
// one line naming the file, never crash, hang or throw anything else.
#include <filesystem>

#include "core/store/store.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void storeEntry(std::string_view input) {
    const auto file = Scratch::get().folder("store") / "fuzz.db";
    writeFile(file, input);
    try {
        Store store = Store::openForReading(file);
        for (const StudySummary& s : store.studies()) {
            const std::string endpoint = s.endpoints.empty() ? std::string("OS") : s.endpoints.front();
            store.overview(s.info.id);
            store.survivalSlice(s.info.id, endpoint, {"TRT01A", "SAFFL"});
            store.loadStudy(s.info.id);
        }
    } catch (const StoreError& e) {
        const std::string_view what = e.what();
        if (what.rfind(file.string() + ": ", 0) != 0 || what.find('\n') != std::string_view::npos ||
            what.size() > maxErrorBytes)
            throw HarnessFailure("bad store error: " + std::string(what.substr(0, 300)));
    }
}

}  // namespace ts::fuzz
