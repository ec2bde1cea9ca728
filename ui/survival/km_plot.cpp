#include "ui/survival/km_plot.h"

#include <algorithm>

#include "core/analysis/option_tables.h"
#include "ui/common/axis_label_fit.h"
#include "ui/common/text_wrap.h"
#include "ui/survival/km_corners.h"
#include "ui/survival/km_legend.h"
#include "ui/survival/km_risk_table.h"
#include "ui/survival/km_stats_box.h"

namespace ts {

namespace {

bool isHidden(const KmPlotOptions& o, size_t group) { return group < o.hidden.size() && o.hidden[group]; }

struct Curve {
    QVector<double> keys, surv, lower, upper;
};

// The step curve of one fit in display coordinates, starting at (start, 1).
Curve curveOf(const stats::KmFit& fit, double factor, double start, bool cumulative) {
    Curve c;
    const qsizetype n = static_cast<qsizetype>(fit.steps.size()) + 1;
    c.keys.reserve(n);
    c.surv.reserve(n);
    c.lower.reserve(n);
    c.upper.reserve(n);
    auto push = [&](double t, double s, double lo, double hi) {
        c.keys.push_back(t);
        // Cumulative incidence 1 - S: the bounds swap (1 - upper is the lower bound).
        c.surv.push_back(cumulative ? 1 - s : s);
        c.lower.push_back(cumulative ? 1 - hi : lo);
        c.upper.push_back(cumulative ? 1 - lo : hi);
    };
    push(start, 1, 1, 1);
    for (const stats::KmStep& s : fit.steps) push(s.time * factor, s.surv, s.lower, s.upper);
    return c;
}

QCPGraph* addStepGraph(QCustomPlot* plot, QCPAxisRect* rect, const QVector<double>& keys, const QVector<double>& values,
                       const QPen& pen) {
    auto* g = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setData(keys, values, true);
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setPen(pen);
    g->setAdaptiveSampling(true);
    return g;
}

// What every group of one figure is drawn with.
struct CurveStyle {
    const KmPlotOptions& options;
    const std::vector<QColor>& colours;  // per group
    double factor;                       // display time = report time * factor
    bool cumulative;                     // 1 - S
    bool showCi;
    const PlotStyle& style;
};

// The pointwise CI of each shown group as a filled band between two step graphs.
void drawBands(QCustomPlot* plot, QCPAxisRect* rect, const std::vector<Curve>& curves, const CurveStyle& cs,
               std::vector<KmCurveItems>& items) {
    for (size_t g = 0; g < curves.size(); ++g) {
        if (isHidden(cs.options, g)) continue;
        const QPen edge(cs.style.ciFill(cs.colours[g]), 1);
        items[g].lower = addStepGraph(plot, rect, curves[g].keys, curves[g].lower, edge);
        items[g].upper = addStepGraph(plot, rect, curves[g].keys, curves[g].upper, edge);
        items[g].upper->setBrush(QBrush(cs.style.ciFill(cs.colours[g])));
        items[g].upper->setChannelFillGraph(items[g].lower);
    }
}

// A "+" at every step of the curve where subjects were censored.
QCPGraph* addCensorMarks(QCustomPlot* plot, QCPAxisRect* rect, const Curve& curve, const stats::KmFit& fit,
                         const QColor& colour) {
    QVector<double> keys, values;
    for (qsizetype i = 1; i < curve.keys.size(); ++i)
        if (fit.steps[static_cast<size_t>(i - 1)].nCensor > 0) {
            keys.push_back(curve.keys[i]);
            values.push_back(curve.surv[i]);
        }
    auto* censor = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    censor->setData(keys, values, true);
    censor->setLineStyle(QCPGraph::lsNone);
    censor->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssPlus, QPen(colour, 1.2), Qt::NoBrush, 7));
    censor->setAdaptiveSampling(true);
    return censor;
}

// The dashed drop from the curve's median (display time m) to the time axis.
QCPItemLine* addMedianDrop(QCustomPlot* plot, QCPAxisRect* rect, double m, const QColor& colour) {
    auto* line = new QCPItemLine(plot);
    line->setClipAxisRect(rect);
    line->start->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->end->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->start->setCoords(m, 0);
    line->end->setCoords(m, 0.5);
    line->setPen(QPen(colour, 1, Qt::DashLine));
    return line;
}

// The area under S(t) from 0 to tau (display units) that the RMST measures: the step curve cut at
// tau, filled down to S = 0, or on the incidence scale up to 1 (the area under S lies above 1 - S).
QCPGraph* addRmstArea(QCustomPlot* plot, QCPAxisRect* rect, const Curve& curve, double tau, bool cumulative,
                      const QColor& colour, std::size_t group) {
    // One hatching per group, so that overlapping areas stay apart.
    static constexpr Qt::BrushStyle kHatch[] = {Qt::BDiagPattern, Qt::FDiagPattern, Qt::HorPattern, Qt::VerPattern};
    QVector<double> keys, values;
    for (qsizetype i = 0; i < curve.keys.size() && curve.keys[i] < tau; ++i) {
        keys.push_back(curve.keys[i]);
        values.push_back(curve.surv[i]);
    }
    if (keys.isEmpty()) return nullptr;
    keys.push_back(tau);
    values.push_back(values.back());
    QColor fill = colour;
    fill.setAlpha(110);
    auto* area = addStepGraph(plot, rect, keys, values, Qt::NoPen);
    area->setBrush(QBrush(fill, kHatch[group % std::size(kHatch)]));
    if (cumulative) {
        auto* top = addStepGraph(plot, rect, {keys.front(), tau}, {1.0, 1.0}, Qt::NoPen);
        area->setChannelFillGraph(top);
    }
    return area;
}

// The endpoint's and the competing event's incidences stacked: F1 + F2 at every step, dashed.
QCPGraph* addStacked(QCustomPlot* plot, QCPAxisRect* rect, const Curve& curve, const SurvivalGroup& group,
                     const QColor& colour) {
    QVector<double> values{0.0};
    for (std::size_t j = 0; j < group.competingIncidence.size(); ++j)
        values.push_back(curve.surv[static_cast<qsizetype>(j) + 1] + group.competingIncidence[j]);
    QCPGraph* g = addStepGraph(plot, rect, curve.keys, values, QPen(colour, 1.5, Qt::DashLine));
    return g;
}

// Draws one set of groups (the whole follow-up, or one landmark part starting at `start`); only the
// first part's curves get legend entries (`inLegend`).
std::vector<KmCurveItems> drawGroups(QCustomPlot* plot, QCPAxisRect* rect, const std::vector<SurvivalGroup>& groups,
                                     const CurveStyle& cs, double start, bool inLegend) {
    const KmPlotOptions& o = cs.options;
    std::vector<KmCurveItems> items(groups.size());
    std::vector<Curve> curves;
    for (const SurvivalGroup& g : groups) curves.push_back(curveOf(g.fit, cs.factor, start, cs.cumulative));
    if (cs.showCi) drawBands(plot, rect, curves, cs, items);  // first: every curve over every band
    for (size_t g = 0; g < groups.size(); ++g) {
        const SurvivalGroup& group = groups[g];
        QCPGraph* curve =
            addStepGraph(plot, rect, curves[g].keys, curves[g].surv, QPen(cs.colours[g], cs.style.curveWidth));
        curve->setName(QStringLiteral("%1 (n = %2)").arg(QString::fromStdString(group.name)).arg(group.fit.n));
        curve->setVisible(!isHidden(o, g));
        if (inLegend) {
            curve->addToLegend();
            if (isHidden(o, g)) plot->legend->itemWithPlottable(curve)->setTextColor(cs.style.muted);
        }
        items[g].curve = curve;
        if (isHidden(o, g)) continue;
        if (o.censorTicks) items[g].censor = addCensorMarks(plot, rect, curves[g], group.fit, cs.colours[g]);
        if (o.medianLines && group.median.estimate && start == 0)
            items[g].median = addMedianDrop(plot, rect, *group.median.estimate * cs.factor, cs.colours[g]);
        if (o.stackCompeting && group.competingIncidence.size() == group.fit.steps.size() && cs.cumulative)
            items[g].stacked = addStacked(plot, rect, curves[g], group, cs.colours[g]);
        if (o.rmstShade && group.rmst && start == 0)
            items[g].rmstArea =
                addRmstArea(plot, rect, curves[g], group.rmst->tau * cs.factor, cs.cumulative, cs.colours[g], g);
    }
    return items;
}

// The horizontal dashed line at S = 0.5 from the time axis to the latest median drop.
void addMedianLevel(QCustomPlot* plot, const KmPlotItems& items, const PlotStyle& style) {
    double medianMax = 0;
    for (const KmCurveItems& c : items.curves)
        if (c.median) medianMax = std::max(medianMax, c.median->start->coords().x());
    if (medianMax <= 0) return;
    auto* line = new QCPItemLine(plot);
    line->setClipAxisRect(items.main);
    line->start->setAxes(plot->xAxis, plot->yAxis);
    line->end->setAxes(plot->xAxis, plot->yAxis);
    line->start->setCoords(0, 0.5);
    line->end->setCoords(medianMax, 0.5);
    line->setPen(QPen(style.muted, 1, Qt::DashLine));
}

// The vertical line at the landmark time (display units).
void addLandmarkLine(QCustomPlot* plot, QCPAxisRect* rect, double at, const PlotStyle& style) {
    auto* line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    line->point1->setAxes(plot->xAxis, plot->yAxis);
    line->point2->setAxes(plot->xAxis, plot->yAxis);
    line->point1->setCoords(at, 0);
    line->point2->setCoords(at, 1);
    line->setPen(QPen(style.cursor, 1.2, Qt::DashDotLine));
}

// The figure's frame: optional title row, the main axis rect (the plot's default axes) with the
// legend inset, or under it in a row of its own (KmPlotOptions::legendBelow). Returns the next free
// layout row.
int addFrame(QCustomPlot* plot, const KmPlotOptions& o, KmPlotItems& items, const PlotStyle& style) {
    int row = 0;
    if (!o.title.isEmpty()) {
        auto* title = new QCPTextElement(plot, QString(), style.titleFont);
        title->setTextColor(style.foreground);
        plot->plotLayout()->addElement(row++, 0, title);
        // Wrapped to the figure's width (a long competing-risks title was cut at both edges).
        keepWrapped(title, o.title, 30, 200);
    }
    items.main = new QCPAxisRect(plot, true);
    plot->plotLayout()->addElement(row++, 0, items.main);
    plot->xAxis = items.main->axis(QCPAxis::atBottom);
    plot->yAxis = items.main->axis(QCPAxis::atLeft);
    plot->xAxis2 = items.main->axis(QCPAxis::atTop);
    plot->yAxis2 = items.main->axis(QCPAxis::atRight);
    plot->legend = new QCPLegend;
    if (o.legendBelow > 0) {
        auto* under = new QCPLayoutGrid;
        plot->plotLayout()->addElement(row, 0, under);
        plot->plotLayout()->setRowStretchFactor(row++, 0.001);  // its own height; the plot the rest
        under->addElement(0, 0, plot->legend);
        plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot->legend->setWrap(o.legendBelow);
    } else {
        items.main->insetLayout()->addElement(plot->legend, Qt::AlignTop | Qt::AlignRight);
        // Off the axis lines and their inward ticks (a legend in a left corner sat on the y axis).
        items.main->insetLayout()->setAutoMargins(QCP::msNone);
        items.main->insetLayout()->setMargins(QMargins(kCornerGap, kCornerGap, kCornerGap, kCornerGap));
    }
    plot->legend->setLayer(QStringLiteral("legend"));
    style.apply(plot);
    return row;
}

// Axis ranges, labels and a tick at every risk-table column. x runs 0 .. last tick or last
// follow-up, with a small left pad so that the table's first column (time 0) and the start of the
// curves are not cut by the axis.
void setUpAxes(QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& o, KmPlotItems& items) {
    const double f = items.timeFactor;
    double xmax = 0;
    for (double t : report.options.times) xmax = std::max(xmax, t * f);
    for (const SurvivalGroup& g : report.groups)
        if (!g.fit.steps.empty()) xmax = std::max(xmax, g.fit.steps.back().time * f);
    if (xmax <= 0) xmax = 1;
    plot->xAxis->setRange(o.xRange.value_or(QCPRange(-0.03 * xmax, xmax * 1.02)));
    plot->yAxis->setRange(o.yRange.value_or(QCPRange(-0.02, 1.02)));
    plot->xAxis->setLabel(QStringLiteral("Time (%1)").arg(items.unit));
    // The y label, longest first: a shorter one where the plot is not as high as the label is long
    // (a single-column figure: "Survival probability" ran up into the title).
    QStringList labels;
    if (report.competing) {  // the competing event named on the axis: the curves are not 1 - KM
        const QString what =
            o.stackCompeting ? QStringLiteral("(dashed: %1 or %2)")
                                   .arg(QString::fromStdString(report.endpoint), competingEventName(*report.competing))
                             : QStringLiteral("(%1 competing)").arg(competingEventName(*report.competing));
        labels << QStringLiteral("Cumulative incidence ") + what << QStringLiteral("Incidence ") + what;
    }
    if (items.cumulative) labels << QStringLiteral("Cumulative incidence") << QStringLiteral("Incidence");
    else labels << QStringLiteral("Survival probability") << QStringLiteral("Survival");
    keepLabelFitting(plot, items.main, plot->yAxis, labels);
    for (double t : report.options.times) items.tickTimes.push_back(t * f);
    if (items.tickTimes.size() >= 2) {
        // A labelled tick and grid line at every risk-table column, or every k-th (fitKmColumns).
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(items.tickTimes[1] - items.tickTimes[0]);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
        plot->xAxis->setTicker(ticker);
    }
}

// Legend and statistics box take the emptiest corners of the curves.
void placeLegendAndStats(QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& o, KmPlotItems& items,
                         const PlotStyle& style) {
    // What a legend or box must not cover: the curves (and stacked curves), then their bands.
    KmDrawn shown;
    for (const auto* part : {&items.curves, &items.afterLandmark})
        for (const KmCurveItems& c : *part) {
            for (QCPGraph* graph : {c.curve, c.stacked})
                if (graph && graph->visible()) shown.curves.push_back(graph->data());
            for (QCPGraph* graph : {c.lower, c.upper})
                if (graph && graph->visible()) shown.bands.push_back(graph->data());
        }
    const std::vector<Qt::Alignment> corners = freeCorners(shown, plot->xAxis->range(), plot->yAxis->range());
    plot->legend->setVisible(o.legend);
    // A legend in the plot takes the emptiest corner; one under the plot leaves every corner to the box.
    const bool inside = o.legend && o.legendBelow == 0;
    if (o.legendBelow > 0 && o.riskTable)  // the risk table's first column gives each n
        for (size_t g = 0; g < items.curves.size(); ++g)
            if (QCPGraph* curve = items.curves[g].curve) curve->setName(QString::fromStdString(report.groups[g].name));
    if (inside) {
        items.main->insetLayout()->setInsetAlignment(0, corners[0]);
        std::vector<KmLegendEntry> entries;
        for (size_t g = 0; g < items.curves.size(); ++g)
            if (QCPGraph* curve = items.curves[g].curve)
                entries.push_back(
                    {curve, curve->name(), o.riskTable ? QString::fromStdString(report.groups[g].name) : QString()});
        fitKmLegend(plot, items.main, plot->legend, entries, shown);  // before the box, which avoids the legend
    }
    if (!o.statsBox) return;
    // The box takes the next free corner that it fits in, the legend's corner last (the legend may
    // move away from it at another size).
    std::vector<Qt::Alignment> boxCorners(corners.begin() + (inside ? 1 : 0), corners.end());
    if (inside) boxCorners.push_back(corners.front());
    const double f = items.timeFactor;
    items.statsBox = addKmStatsBox(
        plot, items.main, inside ? plot->legend : nullptr, o.riskTable,
        {kmStatsText(report, f, items.unit), kmStatsText(report, f, items.unit, true), kmStatsBrief(report)},
        boxCorners, shown, style);
}

// Every k-th tick and risk-table column where neighbours would touch (km_columns.h).
void thinColumns(QCustomPlot* plot, const KmPlotOptions& o, const KmPlotItems& items) {
    if (items.tickTimes.size() < 2) return;
    KmColumns columns{items.main, items.tickTimes[1] - items.tickTimes[0], {}, {}, o.columnShare};
    for (const auto& group : items.riskCells)
        for (const auto& cells : group)
            for (QCPItemText* cell : cells) {
                columns.cells.push_back(cell);
                if (cell->text().size() > columns.widest.size())
                    columns.widest = QString(cell->text().size(), QLatin1Char('0'));
            }
    fitKmColumns(plot, columns);
}

}  // namespace

void KmPlot::clear(QCustomPlot* plot) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    for (QCPMarginGroup* g : plot->findChildren<QCPMarginGroup*>(QString(), Qt::FindDirectChildrenOnly)) delete g;
}

bool KmPlot::fullRiskTable(const QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& o,
                           const PlotStyle& style) {
    int shown = 0;
    for (size_t g = 0; g < report.groups.size(); ++g) shown += !isHidden(o, g);
    return o.riskTableFull && 3 * riskTableHeight(shown, true, report.competing.has_value(), style) <= plot->height();
}

KmPlotItems KmPlot::render(QCustomPlot* plot, const SurvivalReport& report, const KmPlotOptions& o,
                           const PlotStyle& style) {
    clear(plot);
    plot->setAutoAddPlottableToLegend(false);  // only the curves get entries (drawGroups)
    KmPlotItems items;
    const TimeUnit reportUnit = unitOfText(report.timeUnit);
    const TimeUnit unit = o.unit.value_or(reportUnit);
    items.timeFactor = unitFactor(reportUnit, unit);
    items.cumulative = report.options.cumulativeIncidence;
    items.unit = QString::fromUtf8(timeUnits().name(unit).data());
    const double f = items.timeFactor;

    int row = addFrame(plot, o, items, style);
    setUpAxes(plot, report, o, items);

    std::vector<QColor> colours;
    for (size_t g = 0; g < report.groups.size(); ++g)
        colours.push_back(style.armColour(static_cast<int>(g), report.groups[g].colour));
    const CurveStyle curves{o,    colours, f, items.cumulative, o.ci && report.options.conf != stats::ConfType::None,
                            style};
    const std::optional<double> landmark = report.options.landmark;
    if (landmark && report.before && report.after) {
        items.curves = drawGroups(plot, items.main, report.before->groups, curves, 0, true);
        items.afterLandmark = drawGroups(plot, items.main, report.after->groups, curves, *landmark * f, false);
        addLandmarkLine(plot, items.main, *landmark * f, style);
    } else {
        items.curves = drawGroups(plot, items.main, report.groups, curves, 0, true);
    }
    addMedianLevel(plot, items, style);
    placeLegendAndStats(plot, report, o, items, style);

    if (o.riskTable) {
        items.riskTableFull = fullRiskTable(plot, report, o, style);
        std::vector<QColor> text;  // the numbers in the arm's colour, readable as text
        for (size_t g = 0; g < report.groups.size(); ++g)
            text.push_back(style.armTextColour(static_cast<int>(g), report.groups[g].colour));
        KmRiskTable table =
            addRiskTable(plot, items.main, row++, report, {text, o.hidden, items.riskTableFull, f}, style);
        items.table = table.rect;
        items.riskCells = std::move(table.cells);
    }
    thinColumns(plot, o, items);
    items.footer = new QCPTextElement(plot, QString(), style.smallFont);
    items.footer->setTextColor(style.muted);
    items.footer->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot->plotLayout()->addElement(row++, 0, items.footer);
    const QString footnote =
        provenanceFooter(o.provenance.isEmpty() ? provenanceName(report.provenance) : o.provenance, o.citation);
    keepWrapped(items.footer, footnote, 60, 200);
    // A statistics box with no room clear of the curves and bands is left out (km_stats_box.h): the
    // footnote then leads with the test's p where that keeps it one line (a line more would take
    // the height of the risk table's rows in a figure already full).
    const QString brief = kmStatsBrief(report);
    if (items.statsBox && !brief.isEmpty())
        QObject::connect(plot, &QCustomPlot::afterLayout, items.footer,
                         [box = items.statsBox, footer = items.footer, footnote, brief] {
                             const QString joined = brief + QStringLiteral(" \u00b7 ") + footnote;
                             const QMargins m = footer->margins();
                             const bool oneLine = QFontMetrics(footer->font()).horizontalAdvance(joined) <=
                                                  footer->outerRect().width() - m.left() - m.right();
                             setWrappedText(footer, box->visible() || !oneLine ? footnote : joined);
                         });
    return items;
}

}  // namespace ts
