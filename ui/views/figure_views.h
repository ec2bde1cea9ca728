#pragma once
// Headless figures of every view, for `trialscope-cli export` and the tests: each function runs the
// view's service-layer analysis and draws the result into a QCustomPlot exactly as the view's page
// does (KmPlot, LabPlot, the table models through TableFigure), or draws a study comparison.
// All throw what the analysis throws (AnalysisError). None replots.
#include <optional>
#include <vector>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/ae_dot_plot.h"
#include "core/analysis/compare_studies.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/survival_analysis.h"
#include "core/model/choices.h"
#include "core/options/args.h"
#include "ui/adverse_events/ae_sort_proxy.h"
#include "ui/common/plot_style.h"
#include "ui/compare/compare_options.h"
#include "ui/labs/lab_plot.h"
#include "ui/survival/km_drawing.h"
#include "ui/survival/km_plot.h"

class QCustomPlot;

namespace ts {

void drawSurvivalFigure(QCustomPlot* plot, const StudyData& study, const SurvivalOptions& options,
                        std::optional<TimeUnit> unit, const PlotStyle& style, const SurvivalDrawing& drawing = {});
void drawLabsFigure(QCustomPlot* plot, const StudyData& study, const LabOptions& options, const PlotStyle& style,
                    const LabPlotOptions& drawing = {});
// The AE dot plot (or volcano) of `options`.
void drawAeDotFigure(QCustomPlot* plot, const StudyData& study, const AeDotOptions& options, bool volcano,
                     const PlotStyle& style);
void drawAeFigure(QCustomPlot* plot, const StudyData& study, const AeOptions& options, const PlotStyle& style,
                  const AeSortProxy::Arrangement& arrangement = {});
void drawBaselineFigure(QCustomPlot* plot, const StudyData& study, const std::string& by, const std::string& population,
                        const PlotStyle& style, DataSource source = DataSource::Auto);
void drawLiverFigure(QCustomPlot* plot, const StudyData& study, const LiverOptions& options, const PlotStyle& style);
// The Liver tab's shift table as a table figure.
void drawShiftFigure(QCustomPlot* plot, const StudyData& study, const ShiftOptions& options, const PlotStyle& style);
void drawProfileFigure(QCustomPlot* plot, const StudyData& study, const std::string& usubjid, const LiverParams& params,
                       const PlotStyle& style);
// A comparison of `studies` (their arms as `options` shows them): side by side, one pane per study
// (panes.size() == studies); the other layouts use panes[0]. Labs and Liver ignore the survival
// options; Liver draws the studies' eDISH (or mDISH) on the same axes, the studies without liver
// tests named in the footnote. Returns the figure's shared caption: the studies' citations for the
// survival curves, "" for the others (their footnotes hold them).
QString drawComparisonFigure(const std::vector<QCustomPlot*>& panes,
                             const std::vector<std::shared_ptr<const StudyData>>& studies,
                             const CompareFigureOptions& options, const PlotStyle& style);

// The footnote of a figure of a study's data: "Data: <provenance> (<source>) · <citation>".
QString studyFootnote(const StudyInfo& info, Provenance provenance, const std::string& source);

}  // namespace ts
