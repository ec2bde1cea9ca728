#pragma once
// Lab shift tables (`trialscope-cli shift`, the Liver tab's shift table) in the layout of tern's
// LBT14: per group, each subject's baseline category against their worst post-baseline category,
// in one direction (high or low).
//
// Categories in the high direction (the low one mirrors it):
// - range: "HIGH" or "NOT HIGH" (LOW and NORMAL); from BNRIND / ANRIND, else the value (BASE at
//   baseline, AVAL after) against the record's ANRLO / ANRHI;
// - grade: the toxicity grade in that direction, "NOT HIGH" for grade 0 (tern's LBT14), from
//   BTOXGR / ATOXGR (LabRecord::baseGradeHigh, gradeHigh ...).
// A subject without a baseline category is "MISSING" at baseline. Post-baseline records are those of
// post_baseline.h; subjects without one are not counted. percent = 100 n / the subjects of the group
// with that baseline category.
#include <optional>
#include <string>
#include <vector>

#include "core/model/study_data.h"

namespace ts {

enum class ShiftDirection { High, Low };
enum class ShiftScale { Range, Grade };

struct ShiftOptions {
    std::string param;  // PARAMCD
    std::string by;
    std::string population;
    ShiftDirection direction = ShiftDirection::High;
    ShiftScale scale = ShiftScale::Range;
};

struct ShiftRow {
    int group = 0;
    std::string baseline, worst;
    int n = 0;
    std::optional<double> percent;  // nullopt when no subject of the group has that baseline category
};

struct ShiftReport {
    std::string study, param, paramLabel, by;
    ShiftOptions options;
    std::vector<std::string> groups;
    std::vector<int> groupN;                               // subjects counted per group
    std::vector<std::string> baselineLevels, worstLevels;  // in table order
    std::vector<ShiftRow> rows;                            // group x baseline level x worst level, zeros included
    Provenance provenance = Provenance::Original;
    std::vector<std::string> notes;
};

// Throws AnalysisError when the parameter has no subject-level records, or (scale grade) no grades.
ShiftReport analyseShift(const StudyData& study, const ShiftOptions& options);

// Whether the parameter's records carry toxicity grades in the direction.
bool hasGrades(const StudyData& study, const std::string& param, ShiftDirection direction);

}  // namespace ts
