#pragma once
// Service layer for the Liver tab and `trialscope-cli liver`: eDISH (peaks as multiples of the upper
// limit of normal) and mDISH (multiples of the subject's baseline), after the FDA guidance
// "Drug-Induced Liver Injury: Premarketing Clinical Evaluation" (2009) and safetyGraphics'
// hep-explorer.
//
// Per subject and parameter, the peak is the largest AVAL / reference over the post-baseline
// records: not derived (DTYPE blank), on or after study day 1 (ADY >= 1; without ADY, ADT on or after
// the subject's TRTSDT), scheduled or not, with a value and a positive reference. The reference is
// the record's ANRHI (A1HI where ANRHI is absent) or, for mDISH, the subject's baseline: BASE of
// the parameter's records, else the AVAL of its ABLFL = "Y" record. The peak's day is that record's
// study day (the earliest on a tie).
//
// ALP and the R ratio are always against ULN, as the FDA guidance defines them:
// R = (peak ALT / ULN) / (peak ALP / ULN); hepatocellular R >= 5, cholestatic R <= 2, else mixed.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/model/study_data.h"

namespace ts {

enum class LiverX { Alt, Ast, Max };          // x axis: ALT, AST, or the larger of the two
enum class LiverReference { Uln, Baseline };  // eDISH or mDISH
enum class LiverPattern { Hepatocellular, Mixed, Cholestatic };
enum class Quadrant { Normal, Hyperbilirubinemia, Temple, HysLaw };

// The PARAMCDs of the four tests in a study; empty = found by liverParams().
struct LiverParams {
    std::string alt, ast, bili, alp;
};

// The study's codes: the given ones where set, else the first lab parameter named ALT (ALAT, SGPT),
// AST (ASAT, SGOT), BILI (TBIL, TBILI) and ALP (ALKPH); "" where the study has none. Throws
// AnalysisError when a given code is not a subject-level lab parameter of the study.
LiverParams liverParams(const StudyData& study, const LiverParams& given = {});

// The codes of `given` that are subject-level lab parameters of the study, "" for the others: a
// mapping saved for another version of the study never names a parameter the study lacks.
LiverParams knownLiverParams(const StudyData& study, LiverParams given);

struct LiverOptions {
    std::string by;
    std::string population;
    LiverX x = LiverX::Alt;
    LiverReference reference = LiverReference::Uln;
    std::optional<double> xCut, yCut;  // nullopt: 3 and 2 (ULN), 3.8 and 4.8 (baseline, as hep-explorer)
    LiverParams params;
};

double defaultXCut(LiverReference reference);
double defaultYCut(LiverReference reference);

struct LiverSubject {
    std::string usubjid;
    int group = 0;
    double xPeak = 0, xPeakDay = 0;  // multiples of the reference; study day
    double yPeak = 0, yPeakDay = 0;
    std::string xParam;             // the PARAMCD whose peak is x (ALT or AST for LiverX::Max)
    std::optional<double> alpPeak;  // x ULN
    std::optional<double> rRatio;
    std::optional<LiverPattern> pattern;
    Quadrant quadrant = Quadrant::Normal;
};

struct LiverGroup {
    std::string name;
    std::string colour;
    int n = 0;                       // subjects with both peaks
    std::array<int, 4> quadrants{};  // by Quadrant
};

struct LiverReport {
    std::string study, by, population;
    std::string x, y;    // "ALT", "AST" or "max(ALT,AST)"; the bilirubin PARAMCD
    LiverParams params;  // the codes in use
    LiverReference reference = LiverReference::Uln;
    double xCut = 3, yCut = 2;
    std::vector<LiverGroup> groups;
    std::vector<LiverSubject> subjects;  // by group, then USUBJID
    Provenance provenance = Provenance::Original;
    std::vector<std::string> notes;
};

// Throws AnalysisError when the study has no subject-level ALT/AST and bilirubin, when (eDISH) none
// of their records has an upper limit of normal, or when a cut-off is not positive.
LiverReport analyseLiver(const StudyData& study, const LiverOptions& options);

// Cross-study eDISH: each study analysed with the same options, in the order given. A study that
// cannot be analysed (no liver tests, no ULN) is left out and named in `skipped` with the reason.
struct LiverComparison {
    std::vector<LiverReport> reports;
    std::vector<std::string> skipped;  // "QIN2024: its ALT and TBIL records have no upper limit ..."
};
LiverComparison compareLiver(const std::vector<const StudyData*>& studies, const LiverOptions& options);

Quadrant quadrantOf(double x, double y, double xCut, double yCut);
std::optional<LiverPattern> patternOf(std::optional<double> rRatio);

}  // namespace ts
