#pragma once
// Typed columns of a study: what an analysis reads when it need not load the whole study. Subjects
// are keyed by their position in ADSL order (an integer fixed at import), never by USUBJID text.
//
// The store keeps these columns packed, per study, per ADSL variable and per ADTTE parameter
// (core/store/column_cache.h), and hands out only those a question needs; the same columns can be
// made from a loaded StudyData (core/analysis/study_columns.h), so both paths run one analysis.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model/provenance.h"
#include "core/model/study.h"

namespace ts {

// One ADSL variable, dictionary-encoded: its distinct non-empty values in first-seen order and a
// code per subject (ADSL order) indexing them; -1 where the subject has no value or an empty one.
struct CodedColumn {
    std::vector<std::string> levels;
    std::vector<std::int32_t> codes;
};

// The ADSL variables a question needs, present in the study (a variable the study lacks is absent
// from `columns`), over `subjects` subjects. Columns are shared, never copied: a viewer's next
// question hands the columns it keeps to the analysis as they are (4 MB each at 10^6 subjects).
struct AdslColumns {
    std::size_t subjects = 0;
    std::map<std::string, std::shared_ptr<const CodedColumn>> columns;
    const CodedColumn* find(const std::string& name) const {
        auto it = columns.find(name);
        return it == columns.end() ? nullptr : it->second.get();
    }
};

// The records of one ADTTE parameter. subject: ADSL position, -1 when the record's USUBJID is not
// in ADSL. cnsr as ADTTE: 0 = event, > 0 = censored. A loaded study gives record order; the store
// keeps an endpoint of kTimeOrderedFrom records or more in time order (equal times in record order),
// which spares the analysis its sort. From that size the kernels' sort is stable
// (stats::kRadixSortFrom), so either order gives the same results to the bit.
struct TteColumns {
    std::string paramcd;
    std::string param;
    std::vector<std::int32_t> subject;
    std::vector<double> aval;
    std::vector<std::int32_t> cnsr;
    std::vector<Provenance> provenance;
};

inline constexpr std::size_t kTimeOrderedFrom = 4096;

// What a view needs to offer its choices before any analysis: the study's metadata, its subjects'
// count, its ADTTE endpoints (PARAMCD, PARAM) in first-seen order, and each ADSL variable's distinct
// non-empty values in first-seen order, the first kOverviewLevels of them: a choice offers a
// variable of a few levels (a grouping, a population flag), and an identifier's 10^6 values are not
// worth reading to rule it out.
inline constexpr std::size_t kOverviewLevels = 256;

struct StudyOverview {
    StudyInfo info;
    std::size_t subjects = 0;
    std::vector<std::pair<std::string, std::string>> endpoints;
    std::map<std::string, std::vector<std::string>> adslLevels;
};

// What a survival analysis of one endpoint reads: the study's metadata, its ADTTE endpoints
// (PARAMCD, PARAM) in first-seen order, the ADSL variables asked for, and the endpoint's records
// (null when the study has no such endpoint; shared, as the ADSL columns are).
struct SurvivalSlice {
    StudyInfo info;
    std::vector<std::pair<std::string, std::string>> endpoints;
    AdslColumns adsl;
    std::shared_ptr<const TteColumns> tte;
    std::shared_ptr<const TteColumns> competing;  // the competing event's records, when one is asked for
};

}  // namespace ts
