// Fuzz entry: one CSV file through the streaming reader.
#include "core/io/csv_reader.h"
#include "fuzz_checking_sink.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"
#include "fuzz_scratch.h"

namespace ts::fuzz {

void csvEntry(std::string_view input) {
    const auto file = Scratch::get().folder("csv") / "fuzz.csv";
    writeFile(file, input);
    CheckingSink sink(/*utf8Text=*/true);
    try {
        readCsv(file, sink);
    } catch (const InputError& e) {
        checkError(e, {"fuzz.csv"});
        return;
    }
    if (sink.rows() == 0) throw HarnessFailure("a CSV without data rows was accepted");
}

}  // namespace ts::fuzz
