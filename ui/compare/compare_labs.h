#pragma once
// CompareLabs: one laboratory parameter across studies on one time axis in weeks, patient-level and
// published aggregate data together. Per study it draws the patient-level summary (analyseLabs on
// ADLB: solid lines, filled markers, on request faint individual-patient lines) and, when the study
// also holds published summaries of the parameter, those too (dashed lines, open markers), each group
// with its interval as error bars, in its arm's colour, one marker shape per study (disc, square,
// triangle, diamond). One summary for all: the one asked for, else median (IQR) when the parameter
// is skewed in any of the studies (defaultLabSummary), else mean ± SD.
//
// Time: published summaries carry their visit time in weeks (LabSummary::time); patient-level
// points carry the median study day ADY of the visit, shown as week (ADY - 1) / 7 so that day 1,
// the first treatment day, is week 0 (ADaM has no day 0). A point without a time is left out and
// counted in the footnote.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/lab_analysis.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPGraph;

namespace ts {

struct LabCompareSeries {
    QString label;  // "SHI2021: UC-MSC (patient-level)"
    QCPGraph* graph = nullptr;
    bool aggregate = false;
};

struct LabCompareItems {
    std::vector<LabCompareSeries> series;
    int patientLines = 0;
    int pointsWithoutTime = 0;
};

class CompareLabs {
public:
    // Throws AnalysisError when no study has the parameter. Does not replot.
    static LabCompareItems render(QCustomPlot* plot, const std::vector<std::shared_ptr<const StudyData>>& studies,
                                  const std::string& param, std::optional<LabSummaryKind> summary, bool patientLines,
                                  const PlotStyle& style = PlotStyle::current());
    // Week of a point: aggregate times are weeks already; patient-level times are study days.
    static double weekOf(double time, bool aggregate) { return aggregate ? time : (time - 1) / 7; }
};

}  // namespace ts
