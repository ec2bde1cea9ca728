#pragma once
// Headless figures of every view, for `trialscope-cli export` and the tests: each function runs the
// view's service-layer analysis and draws the result into a QCustomPlot exactly as the view's page
// does (KmPlot, LabPlot, the table models through TableFigure), or draws a study comparison.
// All throw what the analysis throws (AnalysisError). None replots.
#include <optional>
#include <vector>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/compare_studies.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/survival_analysis.h"
#include "core/model/choices.h"
#include "core/options/args.h"
#include "ui/adverse_events/ae_sort_proxy.h"
#include "ui/common/plot_style.h"
#include "ui/labs/lab_plot.h"
#include "ui/survival/km_drawing.h"
#include "ui/survival/km_plot.h"

class QCustomPlot;

namespace ts {

enum class CompareLayout { SideBySide, Overlay, Forest, Labs, Liver };
// --layout: side-by-side (the default), overlay, forest, labs, liver (cross-study eDISH).
const Choices<CompareLayout>& compareLayouts();

void drawSurvivalFigure(QCustomPlot* plot, const StudyData& study, const SurvivalOptions& options,
                        std::optional<TimeUnit> unit, const PlotStyle& style, const SurvivalDrawing& drawing = {});
void drawLabsFigure(QCustomPlot* plot, const StudyData& study, const LabOptions& options, const PlotStyle& style,
                    const LabPlotOptions& drawing = {});
void drawAeFigure(QCustomPlot* plot, const StudyData& study, const AeOptions& options, const PlotStyle& style,
                  const AeSortProxy::Arrangement& arrangement = {});
void drawBaselineFigure(QCustomPlot* plot, const StudyData& study, const std::string& by, const std::string& population,
                        const PlotStyle& style, DataSource source = DataSource::Auto);
void drawLiverFigure(QCustomPlot* plot, const StudyData& study, const LiverOptions& options, const PlotStyle& style);
void drawProfileFigure(QCustomPlot* plot, const StudyData& study, const std::string& usubjid, const LiverParams& params,
                       const PlotStyle& style);
// Side by side: one pane per study (panes.size() == studies); the other layouts use panes[0].
// Labs uses labParam (and ignores the survival comparison); Liver draws the studies' eDISH on the
// same axes (ULN reference, ALT; the studies without liver tests are named in the footnote). Returns the figure's shared caption:
// the studies' citations for the survival layouts, "" for forest and labs (their footnotes hold them).
QString drawComparisonFigure(const std::vector<QCustomPlot*>& panes, const std::vector<CompareStudy>& studies,
                             const CompareOptions& options, CompareLayout layout, const std::string& labParam,
                             const PlotStyle& style);

// The footnote of a figure of a study's data: "Data: <provenance> (<source>) · <citation>".
QString studyFootnote(const StudyInfo& info, Provenance provenance, const std::string& source);

}  // namespace ts
