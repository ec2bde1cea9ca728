#include "ui/library/library_store.h"

namespace ts {

LibraryStore::LibraryStore(const std::filesystem::path& file) : m_store(Store::open(file)) {}

std::vector<StudySummary> LibraryStore::studies() {
    const std::lock_guard lock(m_mutex);
    return m_store.studies();
}

std::shared_ptr<const StudyData> LibraryStore::load(const std::string& id) {
    const std::lock_guard lock(m_mutex);
    std::optional<StudyData> data = m_store.loadStudy(id);
    return data ? std::make_shared<const StudyData>(std::move(*data)) : nullptr;
}

std::optional<StudyOverview> LibraryStore::overview(const std::string& id) {
    const std::lock_guard lock(m_mutex);
    return m_store.overview(id);
}

SurvivalSlice LibraryStore::survivalSlice(const std::string& id, const std::string& endpoint,
                                          const std::vector<std::string>& variables) {
    const std::lock_guard lock(m_mutex);
    std::optional<SurvivalSlice> slice = m_store.survivalSlice(id, endpoint, variables);
    if (!slice) throw StoreError("study " + id + " is no longer in the library");
    return std::move(*slice);
}

bool LibraryStore::changedElsewhere() {
    const std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock()) return false;  // a study is loading: never block the GUI thread for this
    const long long version = m_store.dataVersion();
    const bool changed = m_seenVersion >= 0 && version != m_seenVersion;
    m_seenVersion = version;
    return changed;
}

bool LibraryStore::remove(const std::string& id) {
    const std::lock_guard lock(m_mutex);
    return m_store.deleteStudy(id);
}

}  // namespace ts
