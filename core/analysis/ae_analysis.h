#pragma once
// Service layer for the adverse-event view and `trialscope-cli ae`: subjects with >= 1 event and
// event counts per group, by SOC / preferred term, optionally by grade and relatedness; from ADAE
// (treatment-emergent records when TRTEMFL is present) or from published counts.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/study_data.h"

namespace ts {

enum class AeLevel { Soc, Term };

// "soc" | "pt".

struct AeOptions {
    std::string by;
    std::string population;
    AeLevel level = AeLevel::Term;
    bool byGrade = false;
    bool byRelated = false;
    bool seriousOnly = false;
};

struct AeCell {
    std::string group;
    std::optional<int> subjects;  // null when the source gives event counts only
    std::optional<int> events;
    std::optional<double> percent;  // subjects / group n * 100
};

struct AeRow {
    std::string soc;
    std::string term;  // empty at SOC level
    std::optional<int> grade;
    std::string related;
    std::vector<AeCell> counts;    // one per group, in group order
    std::optional<double> pValue;  // Fisher's exact test on subjects (2 groups) / chi-square
};

struct AeGroupTotal {
    std::string name;
    std::string colour;
    std::optional<int> n;         // denominator (subjects in group)
    std::optional<int> subjects;  // with any event
    std::optional<int> events;
};

struct AeReport {
    std::string study, by;
    AeOptions options;
    std::vector<AeGroupTotal> groups;
    std::vector<AeRow> rows;
    Provenance provenance = Provenance::Original;
    std::string source;
    std::vector<std::string> notes;
};

AeReport analyseAdverseEvents(const StudyData& study, const AeOptions& options);

// The subjects a patient-level row of analyseAdverseEvents(study, options) counts, by USUBJID.
std::vector<std::string> aeRowSubjects(const StudyData& study, const AeOptions& options, const AeRow& row);

}  // namespace ts
