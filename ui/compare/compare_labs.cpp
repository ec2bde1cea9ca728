#include "ui/compare/compare_labs.h"

#include <algorithm>
#include <map>

#include <qcustomplot.h>

#include "core/analysis/analysis_error.h"
#include "core/analysis/lab_summary_default.h"
#include "ui/common/axis_label_fit.h"
#include "ui/common/figure_room.h"
#include "ui/common/legend_columns.h"
#include "ui/common/text_wrap.h"
#include "ui/labs/lab_plot.h"

namespace ts {

namespace {

struct Source {
    int study;
    LabReport report;
    bool aggregate;
};

bool hasParam(const std::vector<std::pair<std::string, std::string>>& params, const std::string& p) {
    for (const auto& [code, label] : params)
        if (code == p) return true;
    return false;
}

// Patient-level and published reports of every study that has the parameter.
std::vector<Source> sourcesOf(const std::vector<std::shared_ptr<const StudyData>>& studies, const LabOptions& o) {
    std::vector<Source> out;
    for (size_t s = 0; s < studies.size(); ++s) {
        const StudyData& study = *studies[s];
        if (!hasParam(labParameters(study), o.param)) continue;
        bool patient = false, published = false;
        for (const LabRecord& r : study.labs) patient = patient || r.paramcd == o.param;
        for (const LabSummary& r : study.labSummaries) published = published || r.paramcd == o.param;
        if (patient) out.push_back({static_cast<int>(s), analyseLabs(study, o), false});
        if (published) {
            // Without ADLB the service layer answers from the published summaries.
            StudyData aggregateOnly = study;
            aggregateOnly.labs.clear();
            out.push_back({static_cast<int>(s), analyseLabs(aggregateOnly, o), true});
        }
    }
    return out;
}

// One summary for every study: median (IQR) when the parameter is skewed in any study that has it.
LabSummaryKind commonSummary(const std::vector<std::shared_ptr<const StudyData>>& studies, const std::string& param) {
    for (const auto& s : studies)
        if (hasParam(labParameters(*s), param) && defaultLabSummary(*s, param) == LabSummaryKind::MedianIqr)
            return LabSummaryKind::MedianIqr;
    return LabSummaryKind::MeanSd;
}

// Filled shapes for patient-level data, the same shapes open for published summaries (the brush).
QCPScatterStyle::ScatterShape studyMarker(int study, bool aggregate) {
    static constexpr QCPScatterStyle::ScatterShape kFilled[] = {
        QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond};
    const QCPScatterStyle::ScatterShape shape = kFilled[study % 4];
    return aggregate && shape == QCPScatterStyle::ssDisc ? QCPScatterStyle::ssCircle : shape;
}

}  // namespace

LabCompareItems CompareLabs::render(QCustomPlot* plot, const std::vector<std::shared_ptr<const StudyData>>& studies,
                                    const std::string& param, std::optional<LabSummaryKind> summary, bool patientLines,
                                    const PlotStyle& style) {
    LabOptions o;
    o.param = param;
    o.summary = summary ? *summary : commonSummary(studies, param);
    const std::vector<Source> sources = sourcesOf(studies, o);
    if (sources.empty()) throw AnalysisError("no study has laboratory parameter " + param);

    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    const LabReport& first = sources.front().report;
    int row = 0;
    auto* title = new QCPTextElement(plot, QString(), style.titleFont);
    title->setTextColor(style.foreground);
    plot->plotLayout()->addElement(row++, 0, title);
    keepWrapped(title,
                QStringLiteral("%1 across studies, %2")
                    .arg(QString::fromStdString(first.paramLabel.empty() ? param : first.paramLabel),
                         LabPlot::summaryName(*o.summary)),
                30, 200);
    auto* rect = new QCPAxisRect(plot, true);
    plot->plotLayout()->addElement(row++, 0, rect);
    plot->xAxis = rect->axis(QCPAxis::atBottom);
    plot->yAxis = rect->axis(QCPAxis::atLeft);
    plot->xAxis2 = rect->axis(QCPAxis::atTop);
    plot->yAxis2 = rect->axis(QCPAxis::atRight);
    // The legend in a row of its own under the plot, in as many columns as fit: inside the plot it
    // covered summary points and error bars of a single-column figure.
    plot->legend = new QCPLegend;
    plot->plotLayout()->addElement(row++, 0, plot->legend);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    keepLegendInColumns(plot->legend);
    style.apply(plot);
    plot->legend->setVisible(true);

    LabCompareItems items;
    QStringList notes;
    // Which summaries are published is said in the legend only where the figure mixes both kinds.
    const bool mixed = std::any_of(sources.begin(), sources.end(), [](const Source& s) { return s.aggregate; }) &&
                       std::any_of(sources.begin(), sources.end(), [](const Source& s) { return !s.aggregate; });
    for (const Source& s : sources) {
        const LabReport& r = s.report;
        const QString study = QString::fromStdString(studies[static_cast<size_t>(s.study)]->info.id);
        for (size_t g = 0; g < r.groups.size(); ++g) {
            // The arm's colour in its own study's views; the marker tells the studies apart.
            const QColor colour = style.armColour(static_cast<int>(g), r.groups[g].colour);
            const QCPScatterStyle::ScatterShape shape = studyMarker(s.study, s.aggregate);
            std::map<double, double> weekOfVisit;  // visitn -> week, for the patients' lines
            QVector<double> x, y, err;
            QVector<double> lowErr, highErr;
            for (const LabPoint& p : r.groups[g].points) {
                if (!p.time || !p.center) {
                    items.pointsWithoutTime += !p.time;
                    continue;
                }
                const double week = weekOf(*p.time, s.aggregate);
                weekOfVisit[p.visitn] = week;
                x.push_back(week);
                y.push_back(*p.center);
                lowErr.push_back(p.lower ? *p.center - *p.lower : 0);
                highErr.push_back(p.upper ? *p.upper - *p.center : 0);
            }
            if (!s.aggregate && patientLines) {
                QColor faint = colour;
                faint.setAlpha(40);
                for (const SubjectSeries& subject : r.subjects) {
                    if (subject.group != static_cast<int>(g)) continue;
                    QVector<double> sx, sy;
                    for (size_t i = 0; i < subject.visitn.size(); ++i)
                        if (auto it = weekOfVisit.find(subject.visitn[i]); it != weekOfVisit.end()) {
                            sx.push_back(it->second);
                            sy.push_back(subject.value[i]);
                        }
                    auto* line = plot->addGraph(plot->xAxis, plot->yAxis);
                    line->setData(sx, sy);
                    line->setPen(QPen(faint, 0.8));
                    line->removeFromLegend();
                    ++items.patientLines;
                }
            }
            if (x.isEmpty()) continue;  // a group without values (the pilot's screen failures): no entry
            auto* graph = plot->addGraph(plot->xAxis, plot->yAxis);
            graph->setData(x, y);
            graph->setPen(QPen(colour, style.curveWidth, s.aggregate ? Qt::DashLine : Qt::SolidLine));
            graph->setScatterStyle(QCPScatterStyle(shape, colour, s.aggregate ? style.background : colour, 7));
            QString label = QStringLiteral("%1: %2").arg(study, QString::fromStdString(r.groups[g].name));
            if (mixed) label += s.aggregate ? QStringLiteral(" (published)") : QStringLiteral(" (patient-level)");
            graph->setName(label);
            auto* bars = new QCPErrorBars(plot->xAxis, plot->yAxis);
            bars->setDataPlottable(graph);
            bars->setData(lowErr, highErr);
            bars->setPen(QPen(colour, 1));
            bars->removeFromLegend();
            items.series.push_back({label, graph, s.aggregate});
        }
        notes << QStringLiteral("%1 %2: %3%4")
                     .arg(study, s.aggregate ? QStringLiteral("published") : QStringLiteral("patient-level"),
                          QString::fromStdString(std::string(provenances().name(r.provenance))),
                          r.source.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(r.source)));
    }
    plot->xAxis->setLabel(QStringLiteral("Time (weeks)"));
    keepLabelFitting(plot, rect, plot->yAxis, LabPlot::axisTitles(first));
    plot->rescaleAxes();
    plot->xAxis->scaleRange(1.08);
    plot->yAxis->scaleRange(1.12);
    // The lead (what the points are, the data's provenance) and a note that gives way in a figure
    // too small for it (figure_room.h), wrapped to the figure at every layout.
    QStringList left;
    if (items.pointsWithoutTime > 0)
        left << QStringLiteral("%1 summary points without a visit time are not shown").arg(items.pointsWithoutTime);
    auto* footer = new QCPTextElement(plot, QString(), style.smallFont);
    footer->setTextColor(style.muted);
    footer->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot->plotLayout()->addElement(row++, 0, footer);
    keepWrapped(footer, QString(), 40, 200);
    setFootnote(
        footer,
        {QStringLiteral("%1. Data: %2").arg(LabPlot::summaryName(*o.summary), notes.join(QStringLiteral("; ")))}, left,
        QStringLiteral("\n"));
    for (int r : {0, 2, 3}) plot->plotLayout()->setRowStretchFactor(r, 0.001);  // all but the plot
    return items;
}

}  // namespace ts
