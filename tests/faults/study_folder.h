#pragma once
// A small valid study folder for the fault tests (study S1: ADSL with three subjects, ADTTE with
// one endpoint), whose files a test then replaces with bad ones, and the store snapshot the tests
// compare byte for byte.
#include <filesystem>
#include <string>

namespace ts::fault {

extern const char* const goodAdsl;
extern const char* const goodAdtte;

// Writes adsl.csv and adtte.csv (the good ones) into a fresh `folder`.
void writeGoodStudy(const std::filesystem::path& folder);

void writeBytes(const std::filesystem::path& file, const std::string& bytes);
std::string readBytes(const std::filesystem::path& file);

// The store's bytes after the CLI has exited (it checkpoints and removes the WAL on close); a
// leftover -wal file is appended so a difference there shows too.
std::string storeBytes(const std::filesystem::path& db);

}  // namespace ts::fault
