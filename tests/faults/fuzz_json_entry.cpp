// Fuzz entry: one CDISC Dataset-JSON file through its reader, as .json when byte 0 is even, else as
// .ndjson (the metadata line, then a row per line); and the dataset-name probe.
#include "core/io/dataset_json_reader.h"
#include "fuzz_checking_sink.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void jsonEntry(std::string_view input) {
    if (input.empty()) return;
    const std::string name = static_cast<unsigned char>(input[0]) % 2 == 0 ? "fuzz.json" : "fuzz.ndjson";
    const auto file = Scratch::get().folder("json") / name;
    writeFile(file, input.substr(1));
    (void)datasetJsonName(file);
    CheckingSink sink(/*utf8Text=*/true);
    try {
        readDatasetJson(file, sink);
    } catch (const InputError& e) {
        checkError(e, {name});
        return;
    }
    if (sink.rows() == 0) throw HarnessFailure("a Dataset-JSON file without rows was accepted");
}

}  // namespace ts::fuzz
