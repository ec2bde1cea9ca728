#pragma once
// LibraryStore: the viewer's connection to the store, shared by the GUI thread (listing the
// library) and worker threads (loading a study for the views). A mutex serialises the calls, so
// one connection is never used by two threads at once. Imports open their own connection. The store
// is a file (the embedded library) or a team library on a PostgreSQL server.
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/store/store.h"

namespace ts {

class LibraryStore {
public:
    // `location`: a file or a postgresql:// URI (which may carry the password the user typed, kept
    // in memory only). Throws StoreError.
    explicit LibraryStore(const std::filesystem::path& location);

    // What the viewer shows: the file, or the URI without its password.
    const std::filesystem::path& path() const { return m_store.path(); }
    // What another connection to the same library opens (imports, the integrity check).
    const std::filesystem::path& connection() const { return m_connection; }
    bool isServer() const { return m_store.isServer(); }
    // "This computer: FILE" or "Team library: URI".
    std::string name() const;
    std::vector<StudySummary> studies();
    // nullptr when the study is not (or no longer) in the store.
    std::shared_ptr<const StudyData> load(const std::string& id);
    // Store::overview and Store::survivalSlice through the lock; the slice throws when the study is gone.
    std::optional<StudyOverview> overview(const std::string& id);
    SurvivalSlice survivalSlice(const std::string& id, const std::string& endpoint,
                                const std::vector<std::string>& variables);
    bool remove(const std::string& id);
    // True when another connection (trialscope-cli, another viewer, this viewer's import) committed
    // since the last call; false also while a load holds the store (asked again later), and when the
    // library cannot be reached (unreachable() then says why, "" once it answers again).
    bool changedElsewhere();
    std::string unreachable() const;

private:
    std::filesystem::path m_connection;
    mutable std::mutex m_mutex;
    Store m_store;
    long long m_seenVersion = -1;
    std::string m_unreachable;
};

}  // namespace ts
