// Fuzz entry: study.json through the manifest reader. Besides the error format it checks that
// every warning is one "study.json:0: " line and that no accepted file reference leaves the folder.
#include <algorithm>

#include "core/io/manifest.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void manifestEntry(std::string_view input) {
    const auto file = Scratch::get().folder("manifest") / "study.json";
    writeFile(file, input);
    Manifest m;
    try {
        m = readManifest(file);
    } catch (const InputError& e) {
        checkError(e, {"study.json"});
        return;
    }
    for (const std::string& w : m.warnings)
        if (w.rfind("study.json:0: ", 0) != 0 || w.find_first_of(std::string_view("\n\r\0", 3)) != std::string::npos ||
            w.size() > maxErrorBytes)
            throw HarnessFailure("bad warning: " + w.substr(0, 300));
    for (const auto& [key, name] : m.files)
        if (name.empty() || name == "." || name == ".." || name.find_first_of("/\\") != std::string::npos)
            throw HarnessFailure("file reference leaves the folder: " + name);
}

}  // namespace ts::fuzz
