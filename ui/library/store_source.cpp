#include "ui/library/store_source.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

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
        return m_columns.slice(*m_store, info.id, endpoint, variables);
    }

private:
    // The packed columns read so far: a change of grouping, population or CI type re-reads only
    // the ADSL columns not read yet, not the endpoint (a fifth of the repaint of a 10^6-subject
    // study). At most two endpoints are kept (the endpoint and its competing event).
    class ColumnCache {
    public:
        SurvivalSlice slice(LibraryStore& store, const std::string& id, const std::string& endpoint,
                            const std::vector<std::string>& variables) const {
            const std::lock_guard lock(m_mutex);
            std::vector<std::string> missing;
            for (const std::string& v : variables)
                if (!m_adsl.count(v) && !m_absent.count(v)) missing.push_back(v);
            // The endpoints read, the last asked for at the back.
            auto found = std::find_if(m_tte.begin(), m_tte.end(), [&](const auto& e) { return e.first == endpoint; });
            const bool known = found != m_tte.end();
            if (known) std::rotate(found, found + 1, m_tte.end());
            if (!known || !missing.empty() || !m_base) {
                SurvivalSlice read = store.survivalSlice(id, known ? std::string() : endpoint, missing);
                for (const std::string& v : missing) {
                    auto it = read.adsl.columns.find(v);
                    if (it == read.adsl.columns.end()) m_absent.insert(v);
                    else m_adsl.emplace(v, std::move(it->second));
                }
                if (!known) {
                    if (m_tte.size() == 2) m_tte.erase(m_tte.begin());  // the one asked for least recently
                    m_tte.emplace_back(endpoint, std::move(read.tte));
                }
                read.adsl.columns.clear();
                m_base = std::move(read);
            }
            // The columns are shared with the slice, not copied (29 MB at 10^6 subjects).
            SurvivalSlice out{m_base->info, m_base->endpoints, {m_base->adsl.subjects, {}}, m_tte.back().second, {}};
            for (const std::string& v : variables)
                if (auto it = m_adsl.find(v); it != m_adsl.end()) out.adsl.columns.emplace(v, it->second);
            return out;
        }

    private:
        mutable std::mutex m_mutex;
        mutable std::optional<SurvivalSlice> m_base;  // metadata and endpoints, no columns
        mutable std::vector<std::pair<std::string, std::shared_ptr<const TteColumns>>> m_tte;
        mutable std::map<std::string, std::shared_ptr<const CodedColumn>> m_adsl;
        mutable std::set<std::string> m_absent;  // variables the study does not have
    };

    std::shared_ptr<LibraryStore> m_store;
    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const StudyData> m_data;
    ColumnCache m_columns;
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
