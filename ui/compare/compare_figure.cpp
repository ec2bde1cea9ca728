#include "ui/compare/compare_figure.h"

#include <algorithm>

#include <qcustomplot.h>

#include "core/analysis/option_tables.h"

namespace ts {

namespace {

// Copy of a group with every time multiplied by `f` (steps, median and its CI, `at` times).
SurvivalGroup rescaled(SurvivalGroup g, double f) {
    for (stats::KmStep& s : g.fit.steps) s.time *= f;
    for (stats::KmAt& a : g.at) a.time *= f;
    for (std::optional<double>* q : {&g.median.estimate, &g.median.lower, &g.median.upper})
        if (*q) **q *= f;
    return g;
}

QString hex(const QColor& c) { return c.name(QColor::HexRgb); }

// The provenance of a mix of studies: the least original of them (the enum is ordered so).
Provenance leastOriginal(const Comparison& c) {
    Provenance p = Provenance::Original;
    for (const ComparedStudy& s : c.studies) p = std::max(p, s.report.provenance);
    return p;
}

// Gives every pane's risk table the height and row range of the tallest, so that the tables' rows
// and the main axis rects above them (under equal titles, over equal footers) line up across panes.
void alignTables(const std::vector<KmPlotItems>& panes) {
    QCPAxisRect* tallest = nullptr;
    for (const KmPlotItems& p : panes)
        if (p.table && (!tallest || p.table->maximumSize().height() > tallest->maximumSize().height()))
            tallest = p.table;
    if (!tallest) return;
    for (const KmPlotItems& p : panes) {
        if (!p.table) continue;
        p.table->setMinimumSize(tallest->minimumSize());
        p.table->setMaximumSize(tallest->maximumSize());
        p.table->axis(QCPAxis::atLeft)->setRange(tallest->axis(QCPAxis::atLeft)->range());
    }
}

}  // namespace

QString CompareFigure::liverTitle(LiverReference reference) {
    return reference == LiverReference::Baseline ? QObject::tr("mDISH across studies")
                                                 : QObject::tr("eDISH across studies");
}

QString CompareFigure::citations(const Comparison& c) {
    QStringList out;
    for (const ComparedStudy& s : c.studies) {
        const StudyInfo& info = s.study->info;
        // A study without a citation is named by its title; the CDISC pilot has neither.
        const std::string& name = !info.citation.empty() ? info.citation : info.title;
        out << (name.empty()
                    ? QString::fromStdString(info.id)
                    : QStringLiteral("%1: %2").arg(QString::fromStdString(info.id), QString::fromStdString(name)));
    }
    return out.join(QStringLiteral("; "));
}

QString CompareFigure::dataStatement(const Comparison& c) {
    QStringList out;
    for (const ComparedStudy& s : c.studies)
        out << QStringLiteral("%1 %2").arg(QString::fromStdString(s.study->info.id),
                                           provenanceName(s.report.provenance));
    return out.join(QStringLiteral(", "));
}

QCPRange CompareFigure::timeRange(const Comparison& c) {
    const double xmax = c.ticks.empty() ? c.maxTime : std::max(c.maxTime, c.ticks.back());
    return {-0.03 * xmax, xmax * 1.02};
}

Qt::PenStyle CompareFigure::studyLine(int index) {
    static constexpr Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return kStyles[index % 4];
}

std::vector<KmPlotItems> CompareFigure::sideBySide(const std::vector<QCustomPlot*>& panes, const Comparison& c,
                                                   const PlotStyle& style) {
    const auto share = std::make_shared<KmColumnShare>();  // every pane labels the same ticks
    std::vector<KmPlotItems> out;
    for (size_t s = 0; s < c.studies.size() && s < panes.size(); ++s) {
        const ComparedStudy& cs = c.studies[s];
        SurvivalReport report = cs.report;
        for (size_t g = 0; g < report.groups.size(); ++g)
            report.groups[g].colour = hex(QColor(QString::fromStdString(cs.colours[g]))).toStdString();
        KmPlotOptions o;
        o.unit = c.unit;
        o.xRange = timeRange(c);
        o.title = QString::fromStdString(cs.study->info.id);
        o.columnShare = share;
        for (bool shown : cs.shown) o.hidden.push_back(!shown);
        o.riskTableFull = false;
        // A pane is a third to a half of the figure: the statistics box would cover the legend and
        // curves there; medians and HRs are in the comparison table and the forest plot.
        o.statsBox = false;
        out.push_back(KmPlot::render(panes[s], report, o, style));
    }
    alignTables(out);
    return out;
}

SurvivalReport CompareFigure::overlayReport(const Comparison& c) {
    SurvivalReport r;
    r.study = "comparison";
    r.endpoint = c.endpoint;
    r.timeUnit = std::string(timeUnits().name(c.unit));
    r.options.endpoint = c.endpoint;
    r.options.times = c.ticks;
    r.provenance = leastOriginal(c);
    for (const ComparedStudy& cs : c.studies) {
        r.endpointLabel = cs.report.endpointLabel;
        for (size_t g = 0; g < cs.report.groups.size(); ++g) {
            if (!cs.shown[g]) continue;
            SurvivalGroup group = rescaled(cs.report.groups[g], cs.timeFactor);
            group.name = compareLabel(cs, static_cast<int>(g));
            group.colour = hex(QColor(QString::fromStdString(cs.colours[g]))).toStdString();
            r.groups.push_back(std::move(group));
        }
    }
    return r;
}

KmPlotItems CompareFigure::overlay(QCustomPlot* plot, const Comparison& c, const PlotStyle& style) {
    const SurvivalReport report = overlayReport(c);
    KmPlotOptions o;
    o.unit = c.unit;
    o.xRange = timeRange(c);
    o.statsBox = false;  // tests within a study do not apply across studies
    o.riskTableFull = false;
    o.provenance = dataStatement(c);
    // Under the plot, two entries a line: in a corner the entries of 2-4 studies covered the curves
    // and, at a journal column's width, the whole plot.
    o.legendBelow = 2;
    KmPlotItems items = KmPlot::render(plot, report, o, style);
    // Line style per study, so that a study's arms read as one family in the overlay.
    size_t k = 0;
    for (size_t s = 0; s < c.studies.size(); ++s)
        for (size_t g = 0; g < c.studies[s].shown.size(); ++g) {
            if (!c.studies[s].shown[g]) continue;
            if (QCPGraph* curve = items.curves[k++].curve) {
                QPen pen = curve->pen();
                pen.setStyle(studyLine(static_cast<int>(s)));
                curve->setPen(pen);
            }
        }
    return items;
}

}  // namespace ts
