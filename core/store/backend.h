#pragma once
// The two stores behind ts::Store (internal to core/store): the embedded SQLite file (sqlite_store.h)
// and a PostgreSQL server reached through libpq (pg_store.h). Store keeps what both share (the batch
// bookkeeping, the study writer's counts and packed columns, the overview and survival slice built
// from packed columns); a backend only moves rows in and out with its own SQL.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/study_data.h"
#include "core/store/store.h"

namespace ts {

// One row of a study's packed columns (column_cache.h): kind "subjects", "adsl" or "tte".
struct PackedColumn {
    std::string kind;
    std::string name;  // ADSL variable or PARAMCD; "" for the subjects
    std::int64_t ord = 0;
    std::string label;  // PARAM of an endpoint
    std::int64_t rows = 0;
    std::vector<std::uint8_t> data;  // the blob, or as much of its head as was asked for
    std::int64_t size = 0;           // the whole blob's bytes
};

// packed(): read every blob whole.
inline constexpr std::size_t kWholeBlob = SIZE_MAX;

// (PARAMCD, PARAM) in first-seen order.
using ParamItems = std::vector<std::pair<std::string, std::string>>;

// What a study's writer counted while its rows went in, written with them at commit.
struct StudyTotals {
    std::map<std::pair<std::string, Provenance>, long long> rows;  // (domain, provenance) -> rows
    ParamItems endpoints;
    ParamItems labParams;
    std::vector<PackedColumn> columns;
    VariableLabels labels;
};

// One study's rows into one backend, inside the transaction (or batch savepoint) the backend opened
// in StoreBackend::replaceStudy, after the study row itself.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void subject(const Subject& s) = 0;
    virtual void tte(const TteRecord& r) = 0;
    virtual void lab(const LabRecord& r) = 0;
    virtual void ae(const AdverseEvent& e) = 0;
    virtual void labSummary(const LabSummary& s) = 0;
    virtual void aeCount(const AeCount& c) = 0;
    virtual void survPoint(const SurvPoint& p) = 0;
    virtual void baseline(const BaselineCell& c) = 0;
    virtual void setTimeUnit(const std::string& unit) = 0;
    virtual void setDataSha256(const std::string& digest) = 0;
    // Writes the totals and commits (releases the savepoint inside a batch).
    virtual void finish(const StudyTotals& totals) = 0;
    // Rolls the study back; called at most once, never after finish().
    virtual void abandon() noexcept = 0;
};

class StoreBackend {
public:
    virtual ~StoreBackend() = default;
    // The file, or the server URI without its password: what every message names.
    virtual const std::filesystem::path& location() const = 0;
    virtual int schemaVersion() const = 0;
    virtual long long dataVersion() const = 0;
    virtual void checkIntegrity(const std::atomic<bool>* stop) const = 0;

    // Opens the study's transaction (a savepoint when `inBatch`), removes any study with its id and
    // writes its metadata.
    virtual std::unique_ptr<RowSink> replaceStudy(const StudyInfo& info, bool inBatch) = 0;
    virtual void beginBatch() = 0;
    virtual void commitBatch(const std::string& what) = 0;
    virtual void rollbackBatch() noexcept = 0;

    virtual std::vector<StudySummary> studies() const = 0;
    virtual std::optional<StudyData> loadStudy(const std::string& id) const = 0;
    virtual std::optional<StudyInfo> info(const std::string& id) const = 0;
    // The study's packed columns of `kind` in `ord` order, or only the one named `name` (none when
    // absent), each with its first `bytes` bytes (0: none; kWholeBlob: all). A head is read
    // without the rest of its blob: the overview reads ADSL levels at the front of 4-20 MB columns.
    virtual std::vector<PackedColumn> packed(const std::string& study, const std::string& kind, const std::string* name,
                                             std::size_t bytes) const = 0;
    virtual bool hasStudy(const std::string& id) const = 0;
    virtual bool deleteStudy(const std::string& id) = 0;
    virtual void grant(const std::string& id, const std::string& role, StudyAccess access) = 0;
    virtual void revoke(const std::string& id, const std::string& role) = 0;
};

}  // namespace ts
