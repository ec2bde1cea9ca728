#pragma once
// The fuzz entry points, shared by the libFuzzer executables (tests/fuzz, clang only) and the
// Catch2 regression tests here, so every input a fuzzer once tripped on is replayed by ctest with
// the very same code. Each entry feeds one input to an input path the way an import does and
// returns normally when the input is read, or refused with a well-formed InputError (one line,
// "FILE:LINE: message"). Anything else escapes as an exception or a crash: a crash, a foreign
// exception type (std::out_of_range, StoreError, ...), a broken reader invariant (HarnessFailure).
#include <stdexcept>
#include <string_view>
#include <vector>

namespace ts::fuzz {

// A reader broke one of its documented guarantees on some input.
class HarnessFailure : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

using EntryFn = void (*)(std::string_view input);

struct Entry {
    const char* name;  // the fuzz target, also the folder under tests/fuzz/corpus and regressions
    EntryFn run;
};

void csvEntry(std::string_view input);         // the bytes are one .csv file
void xptEntry(std::string_view input);         // the bytes are one .xpt file
void sas7bdatEntry(std::string_view input);    // the bytes are one .sas7bdat file
void jsonEntry(std::string_view input);        // byte 0 even: .json, odd: .ndjson; the rest is the file
void manifestEntry(std::string_view input);    // the bytes are study.json
void aggregatesEntry(std::string_view input);  // byte 0 picks the aggregate kind, the rest is its CSV
void adamEntry(std::string_view input);        // byte 0 picks the domain; ADSL, "\n====\n", domain CSV
void storeEntry(std::string_view input);       // the bytes are a store file
void optionsEntry(std::string_view input);     // one command-line argument per line
void recordEntry(std::string_view input);      // the bytes are an exported figure (PNG, PDF, SVG)
void sessionEntry(std::string_view input);     // the bytes are a session file (.trialscope)
void locationEntry(std::string_view input);    // the bytes are a --db location (a team library's URI)
void defineEntry(std::string_view input);      // the bytes are a define.xml
void packedEntry(std::string_view input);      // byte 0 picks a packed-column reader, 1-3 its sizes; a blob

const std::vector<Entry>& entries();

}  // namespace ts::fuzz
