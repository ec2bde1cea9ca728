#include "ui/library/library_store.h"

namespace ts {

LibraryStore::LibraryStore(const std::filesystem::path& location)
    : m_connection(location),
      m_store(Store::open(location)) {}

std::string LibraryStore::name() const {
    return (m_store.isServer() ? "Team library: " : "This computer: ") + m_store.path().string();
}

std::string LibraryStore::unreachable() const {
    const std::lock_guard lock(m_mutex);
    return m_unreachable;
}

std::vector<StudySummary> LibraryStore::studies() {
    const std::lock_guard lock(m_mutex);
    // What the list shows is what later polls compare with: a change made between opening the
    // library and the first poll is not taken for the starting state.
    m_seenVersion = m_store.dataVersion();
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
    long long version = 0;
    try {
        version = m_store.dataVersion();  // a lost server connection is made again here
    } catch (const StoreError& e) {
        m_unreachable = e.what();
        return false;
    }
    if (!m_unreachable.empty()) {
        // Back after an outage: whatever changed meanwhile is listed again.
        m_unreachable.clear();
        m_seenVersion = version;
        return true;
    }
    const bool changed = m_seenVersion >= 0 && version != m_seenVersion;
    m_seenVersion = version;
    return changed;
}

bool LibraryStore::remove(const std::string& id) {
    const std::lock_guard lock(m_mutex);
    return m_store.deleteStudy(id);
}

}  // namespace ts
