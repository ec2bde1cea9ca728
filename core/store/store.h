#pragma once
// The study library: the only code in TrialScope that speaks SQL (every value through bound
// parameters or COPY). Two backends behind one interface (backend.h): the embedded SQLite file, the
// default, and a PostgreSQL server for a team (a postgresql:// URI, pg_store.h). Nothing above
// core/store knows which one is in use; both print the same JSON.
//
// SQLite: one file holds every loaded study; the schema is versioned (PRAGMA user_version) and
// migrated forward on open. Opening reads only the schema: the whole-file integrity scan runs before
// a migration and on request (checkIntegrity: `trialscope-cli check`, the viewer in the background);
// SQLite reports damage met by any read, which becomes a StoreError.
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

class StoreBackend;
class RowSink;

// Raised for anything the store cannot do (cannot open, read-only, locked, full, corrupt).
// The message is one line naming the store file.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One line of the study library (`trialscope-cli studies`).
struct StudySummary {
    StudyInfo info;
    int subjects = 0;
    std::vector<std::string> endpoints;    // PARAMCD of ADTTE (and of published survival points)
    std::vector<std::string> labParams;    // PARAMCD of ADLB (and of published lab summaries)
    int aeRecords = 0;                     // ADAE rows
    std::vector<std::string> provenances;  // distinct provenances of its datasets
    std::vector<std::string> datasets;     // the kinds it holds: adsl, adtte, adlb, adae, baseline, ae_counts, ...
    std::string importedAt;                // ISO 8601 UTC
};

class Store;

// Several studies written as one transaction (`trialscope-cli import A B C`): every replaceStudy
// made while it lives writes under a savepoint, nothing is visible to readers until commit(), and
// destroying it uncommitted rolls every study of the batch back. The Store must outlive it.
class StoreBatch {
public:
    StoreBatch(StoreBatch&& other) noexcept;
    StoreBatch& operator=(StoreBatch&&) = delete;
    ~StoreBatch();
    void commit();

private:
    friend class Store;
    explicit StoreBatch(Store* store) : m_store(store) {}
    Store* m_store;
};

// Writes one study inside one transaction (a savepoint inside a StoreBatch). Created by Store::replaceStudy, which first removes any
// study with the same id (inside the same transaction). Nothing is visible to readers until
// commit(); destroying an uncommitted writer rolls everything back, leaving the store as it was.
class StudyWriter {
public:
    StudyWriter(StudyWriter&&) noexcept;
    StudyWriter& operator=(StudyWriter&&) = delete;
    ~StudyWriter();

    void subject(const Subject& s);
    void tte(const TteRecord& r);
    void lab(const LabRecord& r);
    void ae(const AdverseEvent& e);
    void labSummary(const LabSummary& s);
    void aeCount(const AeCount& c);
    void survPoint(const SurvPoint& p);
    void baseline(const BaselineCell& c);
    // Sets the study's time unit (days, weeks, months, years) where the data, not study.json, tell it.
    void setTimeUnit(const std::string& unit);
    // Sets the fingerprint of the files the study was imported from (StudyInfo::dataSha256).
    void setDataSha256(const std::string& digest);
    // Sets the labels of the study's dataset variables (StudyInfo::labels), written at commit.
    void setLabels(VariableLabels labels);
    void commit();

private:
    friend class Store;
    struct Impl;
    static StudyWriter create(std::unique_ptr<RowSink> sink, const std::string& location, const StudyInfo& info);
    explicit StudyWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// True for a team library's location: a libpq URI, postgresql://... or postgres://...
bool isServerLocation(const std::string& location);

// Per-study access on a team library (PostgreSQL): read, or read and write.
enum class StudyAccess { Read, Write };

// One connection to the store. A Store may move between threads but must never be used by two
// threads at once (the connection is opened without SQLite's own mutex); share one behind a lock.
class Store {
public:
    // Opens (creating if absent) and migrates the store: a file, or a postgresql:// URI (a team
    // library, which must have been made by init(); the owner's open migrates it). Throws StoreError.
    static Store open(const std::filesystem::path& file);
    // Creates or migrates the store and, on a server, makes the connecting role the library's owner
    // (`trialscope-cli init`). A file store is made by open() alone; init() is the same there.
    static Store init(const std::filesystem::path& location);
    // Opens an existing store to read it: as open() where the file and its folder are writable, else
    // read-only, writing nothing (no migration, no journal mode), so a store in a read-only folder or
    // a write-protected file can be read. Where SQLite cannot
    // create the WAL index beside the file (a read-only folder) the file is read as immutable: a
    // store cleanly closed holds everything in the file itself. Throws StoreError, also when the
    // store's schema is older than this program's (it needs a writable open to migrate).
    static Store openForReading(const std::filesystem::path& file);
    // The per-user store: $XDG_DATA_HOME/TrialScope/trialscope.db (or ~/.local/share/...).
    static std::filesystem::path defaultPath();

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // The file, or the server URI without its password.
    const std::filesystem::path& path() const;
    // True for a team library on a PostgreSQL server.
    bool isServer() const;
    int schemaVersion() const;
    // SQLite's PRAGMA data_version: changes whenever another connection (another program, or an
    // import on a connection of its own) commits to the store; a cheap poll for "someone changed it".
    long long dataVersion() const;
    // PRAGMA quick_check of the whole file; StoreError "the store is corrupted (...)" when it fails.
    // Returns early, without error, once `stop` (when given) is set from another thread.
    void checkIntegrity(const std::atomic<bool>* stop = nullptr) const;

    StudyWriter replaceStudy(const StudyInfo& info);
    // Starts a batch (see StoreBatch); StoreError when one is already open.
    StoreBatch beginBatch();
    void importStudy(const StudyData& data);  // replaceStudy + all rows + commit

    std::vector<StudySummary> studies() const;
    std::optional<StudyData> loadStudy(const std::string& id) const;
    // The study's overview from the packed columns (metadata, subjects, endpoints, each ADSL
    // variable's values), without loading it; nullopt when there is no study `id`.
    std::optional<StudyOverview> overview(const std::string& id) const;
    // What a survival analysis of `endpoint` reads, from the packed columns, without loading the
    // study: its metadata and endpoints, the ADSL variables of `variables` it has, the endpoint's
    // records (absent when it has no such endpoint). nullopt when there is no study `id`.
    std::optional<SurvivalSlice> survivalSlice(const std::string& id, const std::string& endpoint,
                                               const std::vector<std::string>& variables) const;
    bool hasStudy(const std::string& id) const;
    bool deleteStudy(const std::string& id);  // false when absent

    // Team library only (StoreError on a file store): lets `role` (a PostgreSQL role, or a group
    // role its members inherit) read, or read and write, study `id`; revoke() takes it back.
    // StoreError naming the study and the role when the study or the role does not exist or the
    // connecting role may not grant.
    void grant(const std::string& id, const std::string& role, StudyAccess access);
    void revoke(const std::string& id, const std::string& role);

private:
    friend class StoreBatch;
    explicit Store(std::unique_ptr<StoreBackend> backend);
    std::unique_ptr<StoreBackend> m_backend;
    bool m_batch = false;                     // a StoreBatch is open: studies are written under savepoints
    std::vector<std::string> m_batchStudies;  // the ids it wrote, for its commit's error
};

}  // namespace ts
