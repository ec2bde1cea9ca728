#pragma once
// LibraryStore: the viewer's connection to the store, shared by the GUI thread (listing the
// library) and worker threads (loading a study for the views). A mutex serialises the calls, so
// one sqlite3 connection is never used by two threads at once. Imports open their own connection.
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include "core/store/store.h"

namespace ts {

class LibraryStore {
public:
    explicit LibraryStore(const std::filesystem::path& file);  // throws StoreError

    const std::filesystem::path& path() const { return m_store.path(); }
    std::vector<StudySummary> studies();
    // nullptr when the study is not (or no longer) in the store.
    std::shared_ptr<const StudyData> load(const std::string& id);
    // Store::overview and Store::survivalSlice through the lock; the slice throws when the study is gone.
    std::optional<StudyOverview> overview(const std::string& id);
    SurvivalSlice survivalSlice(const std::string& id, const std::string& endpoint,
                                const std::vector<std::string>& variables);
    bool remove(const std::string& id);
    // True when another connection (trialscope-cli, another viewer, this viewer's import) committed
    // since the last call; false also while a load holds the store (asked again later).
    bool changedElsewhere();

private:
    std::mutex m_mutex;
    Store m_store;
    long long m_seenVersion = -1;
};

}  // namespace ts
