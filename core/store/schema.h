#pragma once
// The store's schema as an ordered list of migrations (internal to core/store). Migration k brings
// a store from user_version k-1 to k; each runs in its own transaction and is recorded in the
// `migration` table. A new schema change is a new entry at the end, never an edit of an old one.
#include <atomic>
#include <filesystem>
#include <string_view>

struct sqlite3;

namespace ts {

// PRAGMA application_id of a TrialScope store ("TSc1").
inline constexpr int kApplicationId = 0x54536331;

int latestSchemaVersion();

// Throws StoreError when the store is newer than this program or is another application's
// database; writes nothing.
void checkCompatible(sqlite3* db, const std::filesystem::path& file);

// PRAGMA quick_check over the whole file; StoreError "the store is corrupted (...)" when it fails.
// Returns early, without error, once `stop` (when given) is set.
void checkIntegrity(sqlite3* db, const std::filesystem::path& file, const std::atomic<bool>* stop = nullptr);

// Migrates `db` forward to `target` (default: latest), after checkCompatible; a store holding data
// is checked (checkIntegrity) before it is changed.
void migrate(sqlite3* db, const std::filesystem::path& file, int target = latestSchemaVersion());

// A store rebuilt from `sqlite3 .dump` holds every table and row but neither PRAGMA (application_id
// and user_version are 0): its schema version, read from the migration table (versions 1..V, each
// once), or 0 when the file is not such a store. Reads only.
int dumpedSchemaVersion(sqlite3* db, const std::filesystem::path& file);
// Writes the application id and schema version back into such a store; nothing otherwise.
void restoreDumpedHeader(sqlite3* db, const std::filesystem::path& file);

// PRAGMA user_version.
int schemaVersionOf(sqlite3* db, const std::filesystem::path& file);

}  // namespace ts
