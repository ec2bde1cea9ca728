// Fuzz entry: one SAS7BDAT file through the ReadStat-based reader, and the dataset-name probe the
// importer uses to tell the domain.
#include "core/io/sas7bdat_reader.h"
#include "fuzz_checking_sink.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void sas7bdatEntry(std::string_view input) {
    const auto file = Scratch::get().folder("sas7bdat") / "fuzz.sas7bdat";
    writeFile(file, input);
    (void)sas7bdatDatasetName(file);
    CheckingSink sink(/*utf8Text=*/false);
    try {
        readSas7bdat(file, sink);
    } catch (const InputError& e) {
        checkError(e, {"fuzz.sas7bdat"});
        return;
    }
    if (sink.rows() == 0) throw HarnessFailure("a SAS7BDAT file without records was accepted");
}

}  // namespace ts::fuzz
