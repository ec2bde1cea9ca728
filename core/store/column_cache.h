#pragma once
// The packed typed columns of each study (internal to core/store; schema v5): table column_cache
// holds, per study, one row per ADSL variable (kind 'adsl'), per ADTTE parameter (kind 'tte', label
// PARAM; records in time order, equal times in record order) and the USUBJIDs in ADSL order (kind
// 'subjects'), packed as column_blob.h describes. They
// are written in the study's import transaction and go with it (ON DELETE CASCADE), so they can
// never disagree with the rows. A survival question reads three or four of them instead of the
// whole study: the analysis runs on the columns (core/analysis/survival_analysis.h).
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/columns.h"
#include "core/model/records.h"

namespace ts {

class StoreBackend;
struct PackedColumn;

// Accumulates a study's columns while its rows are written, in the order they arrive.
class ColumnCacheBuilder {
public:
    void subject(const Subject& s);
    void tte(const TteRecord& r);
    // Every column of the study, packed (column_blob.h), for its backend to write at commit.
    std::vector<PackedColumn> pack();

private:
    struct Coded {
        std::size_t order = 0;
        std::unordered_map<std::string, std::int32_t> index;
        CodedColumn column;
    };
    struct Endpoint {
        std::size_t order = 0;
        std::vector<std::string> usubjid;
        TteColumns columns;
    };
    std::vector<std::string> m_subjects;
    std::map<std::string, Coded> m_adsl;
    std::map<std::string, Endpoint> m_tte;
};

// Subjects of `study` in the cache (0 when it has none).
std::size_t cachedSubjects(const StoreBackend& store, const std::string& study);
// The ADSL variables of `names` the study has, over `subjects` subjects.
AdslColumns readAdslColumns(const StoreBackend& store, const std::string& study, std::size_t subjects,
                            const std::vector<std::string>& names);
// Each ADSL variable's distinct non-empty values, the first kOverviewLevels (StudyOverview::adslLevels).
std::map<std::string, std::vector<std::string>> cachedLevels(const StoreBackend& store, const std::string& study);
// The study's ADTTE endpoints (PARAMCD, PARAM) in first-seen order.
std::vector<std::pair<std::string, std::string>> cachedEndpoints(const StoreBackend& store, const std::string& study);
// The records of endpoint `paramcd`; nullopt when the study has no such endpoint.
std::optional<TteColumns> readTteColumns(const StoreBackend& store, const std::string& study, std::size_t subjects,
                                         const std::string& paramcd);

}  // namespace ts
