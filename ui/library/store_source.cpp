#include "ui/library/store_source.h"

#include "core/analysis/study_columns.h"
#include "ui/library/library_store.h"

namespace ts {

namespace {

class StoreSource : public StudySource {
public:
    StoreSource(std::shared_ptr<LibraryStore> store, StudyOverview overview)
        : StudySource(std::move(overview)),
          m_store(std::move(store)) {}

    bool loaded() const override {
        const std::lock_guard lock(m_mutex);
        return m_data != nullptr;
    }
    std::shared_ptr<const StudyData> data() const override {
        const std::lock_guard lock(m_mutex);  // a second caller waits for the first load
        if (!m_data) m_data = m_store->load(info.id);
        return m_data;
    }
    SurvivalSlice survival(const std::string& endpoint, const std::vector<std::string>& variables) const override {
        {
            const std::lock_guard lock(m_mutex);
            if (m_data) return survivalSlice(*m_data, endpoint, variables);
        }
        return m_store->survivalSlice(info.id, endpoint, variables);
    }

private:
    std::shared_ptr<LibraryStore> m_store;
    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const StudyData> m_data;
};

}  // namespace

std::shared_ptr<const StudySource> storeSource(std::shared_ptr<LibraryStore> store, const std::string& id) {
    std::optional<StudyOverview> overview = store->overview(id);
    if (!overview) return nullptr;
    const bool eager = overview->subjects <= kEagerSubjects;
    auto source = std::make_shared<StoreSource>(std::move(store), std::move(*overview));
    if (eager) source->data();
    return source;
}

}  // namespace ts
