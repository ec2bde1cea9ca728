#pragma once
// The tables of every analysis option with a fixed set of values (core/model/choices.h): the
// command line parses them, --help prints them, the viewer's combo boxes list them, the JSON
// output spells them and docs/options.md documents them, all from here. Table order is the order
// the viewer offers them in; the first entry is the default where the option has one.
#include "core/analysis/ae_analysis.h"
#include "core/analysis/ae_dot_plot.h"
#include "core/analysis/data_source.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/time_unit.h"
#include "core/model/choices.h"
#include "core/stats/conf_type.h"
#include "core/stats/cox_ph.h"
#include "core/stats/p_adjust.h"

namespace ts {

const Choices<stats::ConfType>& confTypes();       // --conf-type: log, log-log, plain, logit, arcsin, none
const Choices<stats::Ties>& tiesMethods();         // --ties: efron, breslow
const Choices<LabSummaryKind>& labSummaries();     // --summary: mean-sd, mean-se, mean-ci, median-iqr
const Choices<LabScale>& labScales();              // value, change, percent-change (--change, --percent-change)
const Choices<AeLevel>& aeLevels();                // --level: pt, soc
const Choices<AeMeasure>& aeMeasures();            // --measure: rd, rr (the AE dot plot)
const Choices<DataSource>& dataSources();          // --source: auto, records, published (AE, baseline)
const Choices<TimeUnit>& timeUnits();              // --unit: days, weeks, months, years
const Choices<stats::PAdjust>& pAdjustMethods();   // --pairwise: holm, bh, bonferroni, none
const Choices<LiverX>& liverXs();                  // --x: alt, ast, max
const Choices<LiverReference>& liverReferences();  // --reference: uln, baseline
const Choices<ShiftDirection>& shiftDirections();  // --direction: high, low
const Choices<ShiftScale>& shiftScales();          // --scale: range, grade
const Choices<Quadrant>& quadrants();              // JSON only: normal, hyperbilirubinemia, temple, hys_law
const Choices<LiverPattern>& liverPatterns();      // JSON only: hepatocellular, mixed, cholestatic

}  // namespace ts
