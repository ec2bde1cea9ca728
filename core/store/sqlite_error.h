#pragma once
// Turns an SQLite failure into a one-line StoreError naming the store file and the likely cause
// (locked, read-only, disk full, not a database / corrupted, cannot open).
#include <filesystem>
#include <string_view>

struct sqlite3;

namespace ts {

// `what` names the operation ("cannot open", "cannot write study X"); `code` is the SQLite result.
[[noreturn]] void throwSqlite(sqlite3* db, int code, const std::filesystem::path& file, std::string_view what);

}  // namespace ts
