#pragma once
// The subject-level data behind an adverse-event table, for code that recomputes it outside
// TrialScope (core/report/ae_r_code.h): every ADAE record of a subject in the population and
// grouping, as delivered, and one row without an event for each such subject who has no record,
// so the rows' subjects are the tables' denominators. Nothing is filtered or derived here but the
// timing of the rates (AET05): the onset's study day and the days on treatment.
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/ae_analysis.h"

namespace ts {

struct AeDataRow {
    std::string subject;
    int group = 0;       // index in AeRows::groups
    bool event = false;  // false: the subject's row without an event (every field below empty)
    std::string soc, term, severity, related, action, outcome;  // AEBODSYS, AEDECOD, AESEV, AEREL, AEACN, AEOUT
    std::optional<int> grade;                                   // AETOXGR
    std::optional<bool> serious, emergent, fatal;               // AESER, TRTEMFL, AESDTH
    std::optional<long> onset;                                  // study day of ASTDT from TRTSDT (ADaM: no day 0)
    std::optional<double> exposed;  // days on treatment: TRTDURD, else TRTEDT - TRTSDT + 1 (ae_exposure.h)
    bool died = false;              // ADSL DTHFL = Y
};

struct AeRows {
    std::vector<std::string> groups;
    std::vector<AeDataRow> rows;  // in ADAE order, the subjects without a record after them
};

// Throws AnalysisError when the study has no subject-level adverse events or the options ask for
// the published counts.
AeRows aeRows(const StudyData& study, const AeOptions& options);

}  // namespace ts
