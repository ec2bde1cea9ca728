// Store: the facade over the two backends (backend.h), and what they share.
#include "core/store/store.h"

#include <cstdlib>
#include <utility>

#include "core/store/backend.h"
#include "core/store/column_cache.h"
#include "core/store/pg_store.h"
#include "core/store/sqlite_store.h"

namespace ts {

bool isServerLocation(const std::string& location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Store Store::open(const std::filesystem::path& file) {
    if (isServerLocation(file.string())) return Store(PgStore::open(file.string(), PgStore::Open::Use));
    return Store(SqliteStore::open(file));
}

Store Store::openForReading(const std::filesystem::path& file) {
    if (isServerLocation(file.string())) return Store(PgStore::open(file.string(), PgStore::Open::Use));
    return Store(SqliteStore::openForReading(file));
}

Store Store::init(const std::filesystem::path& location) {
    if (isServerLocation(location.string())) return Store(PgStore::open(location.string(), PgStore::Open::Init));
    return Store(SqliteStore::open(location));
}

std::filesystem::path Store::defaultPath() {
    std::filesystem::path dir;
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && std::filesystem::path(xdg).is_absolute()) {
        dir = xdg;
    } else {
        const char* home = std::getenv("HOME");
        if (!home || !*home) throw StoreError("trialscope.db: cannot locate the per-user store: HOME is not set");
        dir = std::filesystem::path(home) / ".local" / "share";
    }
    dir /= "TrialScope";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw StoreError(dir.string() + ": cannot create the store directory: " + ec.message());
    return dir / "trialscope.db";
}

Store::Store(std::unique_ptr<StoreBackend> backend) : m_backend(std::move(backend)) {}

Store::Store(Store&& other) noexcept
    : m_backend(std::move(other.m_backend)),
      m_batch(std::exchange(other.m_batch, false)),
      m_batchStudies(std::move(other.m_batchStudies)) {}

Store& Store::operator=(Store&& other) noexcept {
    if (this != &other) {
        m_backend = std::move(other.m_backend);
        m_batch = std::exchange(other.m_batch, false);
        m_batchStudies = std::move(other.m_batchStudies);
    }
    return *this;
}

Store::~Store() = default;

const std::filesystem::path& Store::path() const { return m_backend->location(); }
bool Store::isServer() const { return isServerLocation(m_backend->location().string()); }
int Store::schemaVersion() const { return m_backend->schemaVersion(); }
long long Store::dataVersion() const { return m_backend->dataVersion(); }
void Store::checkIntegrity(const std::atomic<bool>* stop) const { m_backend->checkIntegrity(stop); }
bool Store::hasStudy(const std::string& id) const { return m_backend->hasStudy(id); }
bool Store::deleteStudy(const std::string& id) { return m_backend->deleteStudy(id); }
std::vector<StudySummary> Store::studies() const { return m_backend->studies(); }
std::optional<StudyData> Store::loadStudy(const std::string& id) const { return m_backend->loadStudy(id); }

void Store::grant(const std::string& id, const std::string& role, StudyAccess access) {
    m_backend->grant(id, role, access);
}

void Store::revoke(const std::string& id, const std::string& role) { m_backend->revoke(id, role); }

std::optional<StudyOverview> Store::overview(const std::string& id) const {
    auto info = m_backend->info(id);
    if (!info) return std::nullopt;
    StudyOverview o;
    o.info = std::move(*info);
    o.subjects = cachedSubjects(*m_backend, id);
    o.endpoints = cachedEndpoints(*m_backend, id);
    o.adslLevels = cachedLevels(*m_backend, id);
    return o;
}

std::optional<SurvivalSlice> Store::survivalSlice(const std::string& id, const std::string& endpoint,
                                                  const std::vector<std::string>& variables) const {
    auto info = m_backend->info(id);
    if (!info) return std::nullopt;
    SurvivalSlice s;
    s.info = std::move(*info);
    s.endpoints = cachedEndpoints(*m_backend, id);
    const std::size_t subjects = cachedSubjects(*m_backend, id);
    s.adsl = readAdslColumns(*m_backend, id, subjects, variables);
    if (auto tte = readTteColumns(*m_backend, id, subjects, endpoint))
        s.tte = std::make_shared<const TteColumns>(std::move(*tte));
    return s;
}

StoreBatch Store::beginBatch() {
    if (m_batch) throw StoreError(path().string() + ": a batch of imports is already open");
    m_backend->beginBatch();
    m_batch = true;
    m_batchStudies.clear();
    return StoreBatch(this);
}

StoreBatch::StoreBatch(StoreBatch&& other) noexcept : m_store(std::exchange(other.m_store, nullptr)) {}

StoreBatch::~StoreBatch() {
    if (!m_store || !m_store->m_batch) return;
    m_store->m_backend->rollbackBatch();
    m_store->m_batch = false;
}

void StoreBatch::commit() {
    if (!m_store || !m_store->m_batch) throw StoreError("the batch of imports was already committed");
    const auto& ids = m_store->m_batchStudies;
    std::string what = ids.size() == 1 ? "cannot write study " : "cannot write studies ";
    for (std::size_t i = 0; i < ids.size(); ++i) what += (i ? ", " : "") + ids[i];
    m_store->m_backend->commitBatch(ids.empty() ? "cannot write to the store" : what);
    m_store->m_batch = false;
}

StudyWriter Store::replaceStudy(const StudyInfo& info) {
    std::unique_ptr<RowSink> sink = m_backend->replaceStudy(info, m_batch);
    if (m_batch) m_batchStudies.push_back(info.id);
    return StudyWriter::create(std::move(sink), path().string(), info);
}

void Store::importStudy(const StudyData& data) {
    StudyWriter w = replaceStudy(data.info);
    for (const auto& s : data.subjects) w.subject(s);
    for (const auto& r : data.tte) w.tte(r);
    for (const auto& r : data.labs) w.lab(r);
    for (const auto& e : data.aes) w.ae(e);
    for (const auto& s : data.labSummaries) w.labSummary(s);
    for (const auto& c : data.aeCounts) w.aeCount(c);
    for (const auto& p : data.survPoints) w.survPoint(p);
    for (const auto& c : data.baseline) w.baseline(c);
    w.setLabels(data.info.labels);
    w.commit();
}

}  // namespace ts
