#pragma once
// The embedded store: one SQLite file (internal to core/store; see store.h and schema.h).
#include <filesystem>
#include <memory>

#include "core/store/backend.h"

struct sqlite3;

namespace ts {

class SqliteStore final : public StoreBackend {
public:
    static std::unique_ptr<SqliteStore> open(const std::filesystem::path& file);
    static std::unique_ptr<SqliteStore> openForReading(const std::filesystem::path& file);
    SqliteStore(sqlite3* db, std::filesystem::path file) : m_db(db), m_file(std::move(file)) {}
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;
    ~SqliteStore() override;

    const std::filesystem::path& location() const override { return m_file; }
    int schemaVersion() const override;
    long long dataVersion() const override;
    void checkIntegrity(const std::atomic<bool>* stop) const override;
    std::unique_ptr<RowSink> replaceStudy(const StudyInfo& info, bool inBatch) override;
    void beginBatch() override;
    void commitBatch(const std::string& what) override;
    void rollbackBatch() noexcept override;
    std::vector<StudySummary> studies() const override;
    std::optional<StudyData> loadStudy(const std::string& id) const override;
    std::optional<StudyInfo> info(const std::string& id) const override;
    std::vector<PackedColumn> packed(const std::string& study, const std::string& kind, const std::string* name,
                                     std::size_t bytes) const override;
    bool hasStudy(const std::string& id) const override;
    bool deleteStudy(const std::string& id) override;
    void grant(const std::string& id, const std::string& role, StudyAccess access) override;
    void revoke(const std::string& id, const std::string& role) override;

private:
    sqlite3* m_db;
    std::filesystem::path m_file;
};

// Writes a study's packed columns into table column_cache (inside the caller's transaction).
void writePackedColumns(sqlite3* db, const std::filesystem::path& file, const std::string& study,
                        const std::vector<PackedColumn>& columns);

}  // namespace ts
