#include "fuzz_import_check.h"

#include "core/io/study_importer.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void importAndCheck(const std::filesystem::path& folder) {
    Store& store = Scratch::get().store();
    ImportSummary summary;
    try {
        summary = importPath(store, folder);
    } catch (const InputError& e) {
        checkError(e);
        if (!store.studies().empty())
            throw HarnessFailure("a refused import left a study in the store: " + std::string(e.what()).substr(0, 200));
        return;
    }
    for (const std::string& w : summary.warnings)
        if (w.find_first_of(std::string_view("\n\r\0", 3)) != std::string::npos || w.size() > maxErrorBytes)
            throw HarnessFailure("bad warning: " + w.substr(0, 300));
    if (summary.study.empty() || !store.hasStudy(summary.study))
        throw HarnessFailure("an accepted import is not in the store");
    store.deleteStudy(summary.study);
    if (!store.studies().empty()) throw HarnessFailure("delete left a study behind");
}

}  // namespace ts::fuzz
