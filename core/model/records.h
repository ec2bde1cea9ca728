#pragma once
// Subject-level ADaM records, as value types. Missing numbers are std::nullopt, never NaN.
#include <map>
#include <optional>
#include <string>

#include "core/model/provenance.h"

namespace ts {

// One ADSL row. All ADSL variables are kept as text in `vars` (name upper-case) so that any of them
// can serve as --by grouping or --population flag.
struct Subject {
    std::string usubjid;
    std::map<std::string, std::string> vars;
    const std::string* var(const std::string& name) const {
        auto it = vars.find(name);
        return it == vars.end() ? nullptr : &it->second;
    }
};

// One ADTTE row. cnsr: 0 = event, > 0 = censored. aval in the study's time unit.
struct TteRecord {
    std::string usubjid;
    std::string paramcd;
    std::string param;
    double aval = 0;
    int cnsr = 1;
    Provenance provenance = Provenance::Original;
};

// One ADLB row. visitn / ady optional; reference range from ANRLO/ANRHI or A1LO/A1HI.
struct LabRecord {
    std::string usubjid;
    std::string paramcd;
    std::string param;
    std::string unit;
    std::string avisit;
    std::optional<double> avisitn;
    std::optional<double> ady;
    std::optional<double> aval;
    std::optional<double> base;
    std::optional<double> chg;
    std::optional<double> lo;
    std::optional<double> hi;
    Provenance provenance = Provenance::Original;
    // Counts in by-visit summaries: the analysis baseline (ABLFL = "Y"), or a record that is not
    // derived (DTYPE such as LOV / MINIMUM / MAXIMUM), not at an unscheduled visit and, where the
    // dataset carries ANL01FL/ABLFL, flagged for analysis. Other records stay stored.
    bool byVisit = true;
    // ABLFL = "Y": summarised at the study's baseline visit whatever its AVISIT (ADaM may flag an
    // unscheduled pre-dose record as the baseline).
    bool baseline = false;
    // For post-baseline peaks (liver analyses) and shift tables.
    bool derived = false;            // DTYPE not blank (LOV, MAXIMUM, AVERAGE ...): derived from other records
    std::string adt{};               // ADT as "YYYY-MM-DD"; "" when absent
    std::string anrind{}, bnrind{};  // ANRIND / BNRIND as delivered (LOW, NORMAL, HIGH ...)
    // Toxicity grades per direction: ATOXGRH / ATOXGRL where delivered, else the signed ATOXGR
    // (ADaM: a negative grade is in the low direction); likewise BTOXGR* for baseline.
    std::optional<int> gradeHigh{}, gradeLow{}, baseGradeHigh{}, baseGradeLow{};
};

// One ADAE row.
struct AdverseEvent {
    std::string usubjid;
    std::string bodsys;           // AEBODSYS (system organ class)
    std::string decod;            // AEDECOD (preferred term)
    std::string severity;         // AESEV: MILD / MODERATE / SEVERE
    std::optional<int> toxgr;     // AETOXGR as integer grade 1..5
    std::string related;          // AEREL as delivered (e.g. "RELATED", "PROBABLE", "NONE")
    std::optional<bool> serious;  // AESER Y/N
    std::optional<bool> trtemfl;  // TRTEMFL Y/N (missing = not flagged)
    Provenance provenance = Provenance::Original;
    // Timing and outcome (patient profile, exposure-adjusted rates, the AET01 overview).
    std::string astdt{}, aendt{};            // ASTDT / AENDT as "YYYY-MM-DD"; "" when absent
    std::optional<double> astdy{}, aendy{};  // ASTDY / AENDY (study days)
    std::string action{};                    // AEACN, e.g. "DRUG WITHDRAWN"
    std::optional<bool> death{};             // AESDTH Y/N
    std::string outcome{};                   // AEOUT, e.g. "FATAL"
};

}  // namespace ts
