#include "ui/views/figure_views.h"

#include <algorithm>
#include <memory>

#include <qcustomplot.h>

#include "core/analysis/analysis_error.h"
#include "core/analysis/baseline_analysis.h"
#include "ui/adverse_events/ae_dot_figure.h"
#include "ui/adverse_events/ae_table_model.h"
#include "ui/baseline/baseline_table_model.h"
#include "ui/common/provenance_banner.h"
#include "ui/compare/compare_figure.h"
#include "ui/compare/compare_labs.h"
#include "ui/compare/forest_rows.h"
#include "ui/figure/table_figure.h"
#include "ui/labs/lab_plot.h"
#include "ui/liver/edish_plot.h"
#include "ui/liver/shift_table_model.h"
#include "ui/profile/profile_plot.h"

namespace ts {

QString studyFootnote(const StudyInfo& info, Provenance provenance, const std::string& source) {
    QString text = ProvenanceBanner::provenanceText(provenance, source);
    if (!info.citation.empty()) text += QStringLiteral(" \u00b7 ") + QString::fromStdString(info.citation);
    return text;
}

void drawSurvivalFigure(QCustomPlot* plot, const StudyData& study, const SurvivalOptions& options,
                        std::optional<TimeUnit> unit, const PlotStyle& style, const SurvivalDrawing& drawing) {
    SurvivalOptions request = options;
    request.unit = unit;  // the table's columns at natural steps of the unit drawn
    const SurvivalReport report = analyseSurvival(study, request);
    KmPlotOptions o;
    o.unit = unit;
    drawing.apply(o, report);
    o.title = survivalTitle(report);
    o.citation = QString::fromStdString(study.info.citation);
    KmPlot::render(plot, report, o, style);
}

void drawLabsFigure(QCustomPlot* plot, const StudyData& study, const LabOptions& options, const PlotStyle& style,
                    const LabPlotOptions& drawing) {
    // LabPlot keeps a copy of the report for tooltips only: a temporary drawer suffices here.
    LabPlot(plot).draw(analyseLabs(study, options), drawing, style);
}

void drawAeDotFigure(QCustomPlot* plot, const StudyData& study, const AeDotOptions& options, bool volcano,
                     const PlotStyle& style) {
    AeDotFigure::render(plot, aeDotPlot(study, options), volcano, style);
}

void drawAeFigure(QCustomPlot* plot, const StudyData& study, const AeOptions& options, const PlotStyle& style,
                  const AeSortProxy::Arrangement& arrangement) {
    const AeReport report = analyseAdverseEvents(study, options);
    AeTableModel model;
    model.setReport(report);
    AeSortProxy shown;  // the rows as the view shows them: filtered, sorted
    shown.setSourceModel(&model);
    shown.arrange(arrangement);
    TableFigure::render(plot, shown, QStringLiteral("%1: adverse events").arg(QString::fromStdString(study.info.id)),
                        studyFootnote(study.info, report.provenance, report.source), style);
}

void drawBaselineFigure(QCustomPlot* plot, const StudyData& study, const std::string& by, const std::string& population,
                        const PlotStyle& style, DataSource source) {
    const BaselineReport report = analyseBaseline(study, by, population, {}, source);
    BaselineTableModel model;
    model.setReport(report);
    TableFigure::render(plot, model,
                        QStringLiteral("%1: baseline characteristics").arg(QString::fromStdString(study.info.id)),
                        studyFootnote(study.info, report.provenance, report.source), style);
}

void drawLiverFigure(QCustomPlot* plot, const StudyData& study, const LiverOptions& options, const PlotStyle& style) {
    const LiverReport report = analyseLiver(study, options);
    EdishPlot(plot).draw(report, EdishPlot::title(QString::fromStdString(study.info.id), report), style);
}

void drawShiftFigure(QCustomPlot* plot, const StudyData& study, const ShiftOptions& options, const PlotStyle& style) {
    const ShiftReport report = analyseShift(study, options);
    ShiftTableModel model;
    model.setReport(report);
    TableFigure::render(
        plot, model,
        QStringLiteral("%1: %2").arg(QString::fromStdString(study.info.id),
                                     ShiftTableModel::caption(QString::fromStdString(
                                         report.paramLabel.empty() ? report.param : report.paramLabel))),
        studyFootnote(study.info, report.provenance, ""), style);
}

void drawProfileFigure(QCustomPlot* plot, const StudyData& study, const std::string& usubjid, const LiverParams& params,
                       const PlotStyle& style) {
    ProfilePlot::render(plot, subjectProfile(study, usubjid, params), style);
}

QString drawComparisonFigure(const std::vector<QCustomPlot*>& panes,
                             const std::vector<std::shared_ptr<const StudyData>>& studies,
                             const CompareFigureOptions& options, const PlotStyle& style) {
    const std::vector<CompareStudy> shown = options.studiesOf(studies);
    if (options.layout == CompareLayout::Liver) {
        std::vector<const StudyData*> data;
        for (const auto& s : studies) data.push_back(s.get());
        LiverOptions liver;
        liver.reference = options.reference;
        const LiverComparison c = compareLiver(data, liver);
        if (c.reports.empty())
            throw AnalysisError("none of the studies has subject-level liver tests with this reference: " +
                                c.skipped.front());
        EdishPlot(panes.front()).drawStudies(c.reports, CompareFigure::liverTitle(options.reference), style);
        return {};
    }
    if (options.layout == CompareLayout::Labs) {
        CompareLabs::render(panes.front(), studies, options.param, std::nullopt, options.patientLines, style);
        return {};
    }
    if (options.layout == CompareLayout::Forest && !options.subgroup.first.empty()) {
        const std::string& id = options.subgroup.first;
        const auto s = std::find_if(studies.begin(), studies.end(), [&](const auto& x) { return x->info.id == id; });
        ForestPlot::render(panes.front(), forestSubgroups(**s, options.endpoint, options.subgroup.second), style);
        return {};
    }
    const Comparison comparison = compareStudies(shown, options.survivalOptions());
    switch (options.layout) {
    case CompareLayout::SideBySide: CompareFigure::sideBySide(panes, comparison, style); break;
    case CompareLayout::Overlay: CompareFigure::overlay(panes.front(), comparison, style); break;
    case CompareLayout::Forest:
        ForestPlot::render(panes.front(), forestAcrossStudies(comparison, options.pool), style);
        return {};
    case CompareLayout::Labs:
    case CompareLayout::Liver: break;
    }
    return CompareFigure::citations(comparison);
}

}  // namespace ts
