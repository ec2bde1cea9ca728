// Fuzz entry: one SAS transport file through the ReadStat-based reader, and the dataset-name probe
// the importer uses to tell the domain.
#include "core/io/xpt_reader.h"
#include "fuzz_checking_sink.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void xptEntry(std::string_view input) {
    const auto file = Scratch::get().folder("xpt") / "fuzz.xpt";
    writeFile(file, input);
    (void)xptDatasetName(file);
    CheckingSink sink(/*utf8Text=*/false);
    try {
        readXpt(file, sink);
    } catch (const InputError& e) {
        checkError(e, {"fuzz.xpt"});
        return;
    }
    if (sink.rows() == 0) throw HarnessFailure("an XPT without records was accepted");
}

}  // namespace ts::fuzz
