#pragma once
// The adverse-event dot plot of safety reviews (Amit, Heiberger & Lane, "Graphical approaches to the
// analysis of safety data from clinical trials", Pharm Stat 2008;7:20-35): per preferred term, the
// incidence in each group and the risk of one arm against the control with its confidence interval,
// the terms sorted by that measure, the largest increase first; on request a volcano, the measure
// against -log10 of Fisher's exact p.
//   risk difference   p_arm - p_control in percentage points, with Newcombe's hybrid score interval
//                     (stats/risk_difference.h: it keeps its coverage near zero counts)
//   relative risk     p_arm / p_control with the Wald interval of log RR, se = sqrt(1/x1 - 1/n1 +
//                     1/x2 - 1/n2); when a count is 0 (or all subjects have the term) 0.5 is added to
//                     every cell of the 2 x 2 table first (Haldane), as R's epitools::riskratio.wald
//                     does with correction = TRUE
//   p                 Fisher's exact test of the arm against the control (fisher.test)
// Subjects are counted once per term as in the adverse-event table (analyseAdverseEvents at term
// level: treatment-emergent events where flagged, serious only on request, the population).
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/ae_analysis.h"

namespace ts {

enum class AeMeasure { RiskDifference, RelativeRisk };  // --measure rd | rr

struct AeDotOptions {
    AeOptions table;  // grouping, population, serious only, source (level: always terms)
    // Group names; "" = the last group with subjects against the first, of the treatment groups
    // (SDTM's Screen Failure, Not Assigned, Not Treated and Unplanned Treatment only when named).
    std::string arm, control;
    AeMeasure measure = AeMeasure::RiskDifference;
    double minPercent = 0;  // terms with at least this incidence (%) in some group
    double level = 0.95;
};

struct AeDotRow {
    std::string soc, term;
    std::vector<double> percent;  // per group, of its subjects
    int armSubjects = 0, armN = 0, controlSubjects = 0, controlN = 0;
    std::optional<double> estimate, lower, upper;  // risk difference (points) or relative risk
    std::optional<double> p;                       // Fisher's exact, arm vs control
};

struct AeDotReport {
    std::string study, arm, control;
    AeDotOptions options;
    std::vector<std::string> groups, colours;
    std::vector<int> n;          // subjects per group
    std::vector<AeDotRow> rows;  // by estimate, largest first; not estimable last
    Provenance provenance = Provenance::Original;
    std::string source;  // citation of published counts
    std::vector<std::string> notes;
};

// Throws AnalysisError when the study has fewer than two groups, `arm` or `control` is not a group
// (or they are the same), or the counts give no subjects per term (published event counts only).
AeDotReport aeDotPlot(const StudyData& study, const AeDotOptions& options);

}  // namespace ts
