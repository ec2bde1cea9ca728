#pragma once
// The analysis behind the study comparison (2-4 studies, one endpoint): each study's survival
// report computed at common tick times, so that every pane, the overlay and the risk tables share
// one time unit, one range and one set of ticks; the chosen arms of each study; and a colour per
// study and arm that every comparison figure and table uses: the colour the arm has in its own
// study's views (Arm::colour, else Okabe–Ito by its position), whichever studies are ticked.
// Studies are told apart by line style (survival) and marker (labs), not by colour.
//
// Time: the display unit is the first study's (or the one asked for); the ticks are
// tickTimes(longest follow-up over all studies, unit), and each study is analysed with those ticks
// converted to its own unit (summary(survfit, times=, extend=TRUE) counts for its risk table).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/survival_analysis.h"
#include "core/analysis/time_unit.h"

namespace ts {

struct CompareStudy {
    std::shared_ptr<const StudyData> study;
    std::vector<std::string> arms;  // group names to show; empty = every group
    std::string control{};          // the arm the others are compared with (hazard ratios); "" = the
                                    // study's reference arm (survival_analysis.h)
};

struct CompareOptions {
    std::string endpoint;          // PARAMCD present in every study
    std::optional<TimeUnit> unit;  // nullopt = the first study's time unit
    std::vector<double> times;     // survival reported at these display times (table)
};

struct ComparedStudy {
    std::shared_ptr<const StudyData> study;
    SurvivalReport report;             // at the common ticks (report units)
    std::vector<bool> shown;           // per report group
    std::vector<std::string> colours;  // per report group, "#RRGGBB"
    double timeFactor = 1;             // display time = report time * timeFactor
};

struct Comparison {
    std::string endpoint;
    TimeUnit unit = TimeUnit::Months;
    std::vector<double> ticks;  // display units
    double maxTime = 1;         // longest follow-up, display units
    std::vector<double> times;  // CompareOptions::times
    std::vector<ComparedStudy> studies;
};

inline constexpr int kMaxCompared = 4;

// Throws AnalysisError (fewer than 2 or more than 4 studies, endpoint missing in a study, an arm a
// study does not have) and whatever analyseSurvival throws. An arm the study has but without
// subjects in the endpoint's analysis is left out.
Comparison compareStudies(const std::vector<CompareStudy>& studies, const CompareOptions& options);

// "SHI2021: UC-MSC": how a study's arm is named in comparison legends and tables.
std::string compareLabel(const ComparedStudy& s, int group);

}  // namespace ts
