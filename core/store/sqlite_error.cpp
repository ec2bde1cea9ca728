#include "core/store/sqlite_error.h"

#include <sqlite3.h>
#include <string>

#include "core/store/store.h"

namespace ts {

namespace {

// A user-facing reason for the primary result code; empty when SQLite's own message is enough.
std::string_view reason(int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "the store is locked by another process";
    case SQLITE_READONLY: return "the store is read-only";
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return "not a TrialScope store, or the file is corrupted";
    case SQLITE_CANTOPEN: return "the file cannot be opened";
    case SQLITE_PERM: return "permission denied";
    case SQLITE_IOERR: return "input/output error";
    default: return {};
    }
}

}  // namespace

void throwSqlite(sqlite3* db, int code, const std::filesystem::path& file, std::string_view what) {
    std::string msg = file.string() + ": " + std::string(what);
    if (auto r = reason(code); !r.empty()) msg += ": " + std::string(r);
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    if (detail && *detail) msg += " (" + std::string(detail) + ")";
    for (char& c : msg)
        if (c == '\n' || c == '\r') c = ' ';
    throw StoreError(msg);
}

}  // namespace ts
