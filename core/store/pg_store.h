#pragma once
// A team library on a PostgreSQL server through libpq (internal to core/store; see store.h). The
// tables live in schema `trialscope`, owned by the role that ran `trialscope-cli init`; every table
// holding a study's rows has row-level security, so a role other than the owner sees only the
// studies granted to it (pg_schema.cpp). A study is written in one transaction, its big tables by
// COPY, under an advisory lock on its id, so that two imports of one study serialise and imports of
// different studies run side by side.
#include <functional>
#include <memory>
#include <string>

#include "core/store/backend.h"
#include "core/store/pg_connection.h"

namespace ts {

class PgStore final : public StoreBackend {
public:
    // Use: the library must exist (made by init); its owner's open migrates it. Init: creates or
    // migrates the library, the connecting role becoming its owner.
    enum class Open { Use, Init };
    // `target`: the schema version to migrate to (an older one only for the migration tests).
    static std::unique_ptr<PgStore> open(const std::string& uri, Open mode, int target = latestSchema());
    static int latestSchema();
    explicit PgStore(const std::string& uri);

    const std::filesystem::path& location() const override { return m_location; }
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

    // Adds one packed column of `study` (in the caller's transaction).
    static void insertPacked(PgConnection& db, const std::string& study, const PackedColumn& c,
                             const std::string& what);

private:
    // What the connecting role may do with study `id`: "owner", "write", "read" or "none"; "absent"
    // when there is no such study (pg_schema.cpp's trialscope.study_access).
    std::string access(const std::string& id) const;
    std::optional<StudyData> load(const std::string& id) const;
    // StoreError "role R may not <verb> study ID (...)" unless the connecting role may write it.
    void requireWrite(const std::string& id, const std::string& verb) const;
    void migrate(Open mode, int target);
    // Version 3's step before its SQL: each study's lab rows become its packed lab columns.
    void packLabRows();
    void changeGrants(const std::string& what, const std::string& role, const std::function<void()>& change);
    // Runs a read; where the connection was lost (a server restart) it reconnects and reads once more.
    template <class F>
    auto reading(F&& read) const {
        m_db.resume();
        try {
            return read();
        } catch (const StoreError&) {
            if (!m_db.lost()) throw;
            m_db.resume();
            return read();
        }
    }

    std::filesystem::path m_location;
    std::string m_role;    // current_user
    bool m_owner = false;  // the role owns the library (or is a member of its owner, or a superuser)
    // Reads are const, as on SQLite; a query changes nothing the caller sees.
    mutable PgConnection m_db;
};

}  // namespace ts
