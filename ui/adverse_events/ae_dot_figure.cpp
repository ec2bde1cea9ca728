#include "ui/adverse_events/ae_dot_figure.h"

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

#include "core/analysis/adsl_label.h"
#include "ui/common/axis_label_fit.h"
#include "ui/common/figure_room.h"
#include "ui/common/legend_columns.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/text_wrap.h"

namespace ts {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

bool ratio(const AeDotReport& r) { return r.options.measure == AeMeasure::RelativeRisk; }

QCPAxisRect* addRect(QCustomPlot* plot, QCPLayoutGrid* row, int column) {
    auto* rect = new QCPAxisRect(plot, true);
    row->addElement(0, column, rect);
    return rect;
}

// The measure's axis: log scale for a ratio, a dashed line at no difference.
void measureAxis(QCustomPlot* plot, QCPAxisRect* rect, const AeDotReport& r, const PlotStyle& style) {
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    // Shorter wordings for a narrow panel: the title names the arm and the control.
    keepLabelWrapped(x, {AeDotFigure::measureLabel(r),
                         ratio(r) ? QObject::tr("Relative risk") : QObject::tr("Risk difference (percentage points)"),
                         ratio(r) ? QObject::tr("RR") : QObject::tr("Risk difference (pp)")});
    double lo = ratio(r) ? 1 : 0, hi = lo;
    for (const AeDotRow& row : r.rows)
        if (row.lower && row.upper) {
            lo = std::min(lo, *row.lower);
            hi = std::max(hi, *row.upper);
        }
    if (ratio(r)) {
        x->setScaleType(QCPAxis::stLogarithmic);
        x->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        x->setRange(lo / 1.2, hi * 1.2);
    } else {
        const double pad = std::max(1.0, 0.05 * (hi - lo));
        x->setRange(lo - pad, hi + pad);
    }
    auto* none = new QCPItemStraightLine(plot);
    none->setClipAxisRect(rect);
    none->point1->setAxes(x, rect->axis(QCPAxis::atLeft));
    none->point2->setAxes(x, rect->axis(QCPAxis::atLeft));
    none->point1->setCoords(ratio(r) ? 1 : 0, 0);
    none->point2->setCoords(ratio(r) ? 1 : 0, 1);
    none->setPen(QPen(style.muted, 1, Qt::DashLine));
}

QCPGraph* points(QCustomPlot* plot, QCPAxisRect* rect, const QColor& colour, QCPScatterStyle::ScatterShape shape,
                 double size, bool filled = true) {
    auto* g = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(QCPScatterStyle(shape, QPen(colour, 1.5), filled ? QBrush(colour) : QBrush(Qt::NoBrush), size));
    return g;
}

void dotPlot(QCustomPlot* plot, QCPLayoutGrid* row, const AeDotReport& r, const PlotStyle& style,
             AeDotFigure::Items& items) {
    items.incidence = addRect(plot, row, 0);
    items.measure = addRect(plot, row, 1);
    const int n = static_cast<int>(r.rows.size());
    auto terms = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i) terms->addTick(i, q(r.rows[static_cast<size_t>(i)].term));
    for (QCPAxisRect* rect : {items.incidence, items.measure}) {
        QCPAxis* y = rect->axis(QCPAxis::atLeft);
        y->setRangeReversed(true);
        y->setRange(-0.7, n - 0.3);
        y->setSubTicks(false);
        y->grid()->setVisible(true);
        y->setTicker(rect == items.incidence ? terms : QSharedPointer<QCPAxisTickerText>::create());
        for (int i = 0; i < n && rect == items.measure; ++i)
            qSharedPointerCast<QCPAxisTickerText>(y->ticker())->addTick(i, QString());
    }
    // Incidence: each group's marker; the arm and the control solid, other groups hollow.
    QCPAxis* incidence = items.incidence->axis(QCPAxis::atBottom);
    keepLabelWrapped(incidence, {QObject::tr("Incidence (% of subjects)"), QObject::tr("Incidence (%)")});
    double most = 1;
    for (size_t g = 0; g < r.groups.size(); ++g) {
        const QColor colour = style.armColour(static_cast<int>(g), r.colours[g]);
        const bool compared = r.groups[g] == r.arm || r.groups[g] == r.control;
        QCPGraph* graph = points(plot, items.incidence, colour, QCPScatterStyle::ssCircle, 7, compared);
        graph->setName(QObject::tr("%1 (N = %2)").arg(q(r.groups[g])).arg(r.n[g]));
        for (int i = 0; i < n; ++i) {
            const double pct = r.rows[static_cast<size_t>(i)].percent[g];
            graph->addData(pct, i);
            most = std::max(most, pct);
        }
        items.groups.push_back(graph);
    }
    incidence->setRange(0, most * 1.08);
    incidence->ticker()->setTickCount(4);  // a panel half the figure wide: labels kept apart
    // The measure with its interval.
    measureAxis(plot, items.measure, r, style);
    items.estimates = points(plot, items.measure, style.foreground, QCPScatterStyle::ssDiamond, 8);
    items.estimates->removeFromLegend();
    for (int i = 0; i < n; ++i) {
        const AeDotRow& t = r.rows[static_cast<size_t>(i)];
        if (!t.estimate || !t.lower || !t.upper) continue;
        items.estimates->addData(*t.estimate, i);
        auto* whisker = plot->addGraph(items.measure->axis(QCPAxis::atBottom), items.measure->axis(QCPAxis::atLeft));
        whisker->setData(QVector<double>{*t.lower, *t.upper}, QVector<double>{double(i), double(i)});
        whisker->setPen(QPen(style.foreground, 1.2));
        whisker->removeFromLegend();
    }
    row->setColumnStretchFactors({1.0, 1.0});
    // One row per term in both panels, aligned.
    auto* margins = new QCPMarginGroup(plot);
    items.incidence->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    items.measure->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
}

// Names the terms of `named` (p < 0.05) beside their points, the most significant first; a name
// that would cover one already placed tries the point's other side, then is left out (the dot plot
// and the table list every term). Positions are compared on the axes' scales: label widths are
// estimated from their length, the figure not being laid out yet.
void nameTerms(QCustomPlot* plot, QCPAxisRect* rect, std::vector<const AeDotRow*> named, const PlotStyle& style) {
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    std::sort(named.begin(), named.end(), [](const AeDotRow* a, const AeDotRow* b) { return *a->p < *b->p; });
    const bool log = x->scaleType() == QCPAxis::stLogarithmic;
    auto along = [&](double v) {  // 0..1 across the x axis
        const QCPRange range = x->range();
        return log ? std::log(v / range.lower) / std::log(range.upper / range.lower)
                   : (v - range.lower) / (range.upper - range.lower);
    };
    struct Box {
        double left, right, bottom, top;
    };
    std::vector<Box> placed;
    for (const AeDotRow* t : named) {
        const double px = along(*t->estimate);
        const double py = -std::log10(std::max(*t->p, 1e-300)) / y->range().upper;
        const double width = 0.011 * static_cast<double>(t->term.size()) + 0.01, height = 0.045;
        for (const bool right : {true, false}) {
            const Box box{right ? px : px - width, right ? px + width : px, py, py + height};
            const bool clear = std::none_of(placed.begin(), placed.end(), [&](const Box& b) {
                return box.left < b.right && b.left < box.right && box.bottom < b.top && b.bottom < box.top;
            });
            if (!clear) continue;
            placed.push_back(box);
            auto* label = new QCPItemText(plot);
            label->setClipAxisRect(rect);
            label->position->setAxes(x, y);
            label->position->setCoords(*t->estimate, -std::log10(std::max(*t->p, 1e-300)));
            label->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
            label->setPadding(right ? QMargins(6, 0, 0, 2) : QMargins(0, 0, 6, 2));
            label->setText(q(t->term));
            label->setFont(style.smallFont);
            label->setColor(style.foreground);
            break;
        }
    }
}

void volcano(QCustomPlot* plot, QCPLayoutGrid* row, const AeDotReport& r, const PlotStyle& style,
             AeDotFigure::Items& items) {
    items.measure = addRect(plot, row, 0);
    measureAxis(plot, items.measure, r, style);
    QCPAxis* y = items.measure->axis(QCPAxis::atLeft);
    y->setLabel(QObject::tr("\u2212log\u2081\u2080 p (Fisher's exact test)"));
    double top = -std::log10(0.05);
    const int arm = static_cast<int>(std::find(r.groups.begin(), r.groups.end(), r.arm) - r.groups.begin());
    const int control = static_cast<int>(std::find(r.groups.begin(), r.groups.end(), r.control) - r.groups.begin());
    QCPGraph* up = points(plot, items.measure, style.armColour(arm, r.colours[static_cast<size_t>(arm)]),
                          QCPScatterStyle::ssDisc, 8);
    QCPGraph* down = points(plot, items.measure, style.armColour(control, r.colours[static_cast<size_t>(control)]),
                            QCPScatterStyle::ssDisc, 8);
    up->setName(QObject::tr("more with %1").arg(q(r.arm)));
    down->setName(QObject::tr("more with %1").arg(q(r.control)));
    const double none = ratio(r) ? 1 : 0;
    std::vector<const AeDotRow*> named;
    for (const AeDotRow& t : r.rows) {
        if (!t.estimate || !t.p) continue;
        const double height = -std::log10(std::max(*t.p, 1e-300));
        (*t.estimate >= none ? up : down)->addData(*t.estimate, height);
        top = std::max(top, height);
        if (*t.p < 0.05) named.push_back(&t);
    }
    y->setRange(0, top * 1.12);
    nameTerms(plot, items.measure, named, style);
    auto* significance = new QCPItemStraightLine(plot);
    significance->setClipAxisRect(items.measure);
    significance->point1->setAxes(items.measure->axis(QCPAxis::atBottom), y);
    significance->point2->setAxes(items.measure->axis(QCPAxis::atBottom), y);
    significance->point1->setCoords(ratio(r) ? 1 : 0, -std::log10(0.05));
    significance->point2->setCoords(ratio(r) ? 2 : 1, -std::log10(0.05));
    significance->setPen(QPen(style.muted, 1, Qt::DashLine));
    auto* threshold = new QCPItemText(plot);
    threshold->setClipAxisRect(items.measure);
    threshold->position->setType(QCPItemPosition::ptAxisRectRatio);
    threshold->position->setAxisRect(items.measure);
    threshold->position->setCoords(1, 1 - -std::log10(0.05) / y->range().upper);
    threshold->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    threshold->setText(QStringLiteral("p = 0.05"));
    threshold->setFont(style.smallFont);
    threshold->setColor(style.muted);
    items.estimates = up;
}

// The footnote's lead: the population, which terms are named and the provenance.
QStringList footnoteLead(const AeDotReport& r, bool volcano) {
    const std::string& population = r.options.table.population;
    QString who = population.empty() ? QObject::tr("all subjects") : q(populationName(population));
    who[0] = who[0].toUpper();
    QStringList parts{who};
    if (volcano) parts << QObject::tr("terms with p < 0.05 named where their names do not overlap");
    parts << ProvenanceBanner::provenanceText(r.provenance, r.source);
    return parts;
}

// Its notes (figure_room.h): how the numbers were made, then the report's notes.
QStringList footnoteNotes(const AeDotReport& r) {
    QStringList parts{QObject::tr("subjects with at least one event of the term, each counted once")};
    parts << (ratio(r) ? QObject::tr("relative risk with its %1% Wald interval on the log scale (0.5 added to every "
                                     "cell when one is empty)")
                       : QObject::tr("risk difference with Newcombe's %1% hybrid score interval"))
                 .arg(100 * r.options.level, 0, 'g', 3);
    for (const std::string& note : r.notes) parts << q(note);
    return parts;
}

// Where the panels are not as high as a line of text per term, the first terms that fit are shown
// (the largest increase first) and the footnote says how many of how many: the term names overlapped
// in a single-column figure. Decided after every layout, so it follows the window and the export.
void keepRowsReadable(QCustomPlot* plot, const AeDotFigure::Items& items, int n, QCPTextElement* foot,
                      const QStringList& lead, const QStringList& notes) {
    QObject::connect(plot, &QCustomPlot::afterLayout, items.incidence,
                     [plot, items, n, foot, lead, notes, last = -1]() mutable {
                         QCPAxis* names = items.incidence->axis(QCPAxis::atLeft);
                         const int line = QFontMetrics(names->tickLabelFont()).height();
                         const int fit = std::clamp(items.incidence->height() / std::max(line, 1), 1, std::max(n, 1));
                         if (fit == last) return;
                         last = fit;
                         for (QCPAxisRect* rect : {items.incidence, items.measure})
                             rect->axis(QCPAxis::atLeft)->setRange(-0.7, fit - 0.3);
                         QStringList shown = lead;
                         if (fit < n)
                             shown.insert(shown.size() - 1, QObject::tr("the first %1 of %2 terms shown (the table "
                                                                        "lists every term)")
                                                                .arg(fit)
                                                                .arg(n));
                         setFootnote(foot, shown, notes, QStringLiteral("; "));
                         layOutAgain(plot);
                     });
}

}  // namespace

QString AeDotFigure::measureLabel(const AeDotReport& r) {
    return ratio(r) ? QObject::tr("Relative risk, %1 / %2").arg(q(r.arm), q(r.control))
                    : QObject::tr("Risk difference, %1 \u2212 %2 (percentage points)").arg(q(r.arm), q(r.control));
}

AeDotFigure::Items AeDotFigure::render(QCustomPlot* plot, const AeDotReport& r, bool asVolcano,
                                       const PlotStyle& style) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();  // the default axis rect and legend go with it
    Items items;
    auto* title = new QCPTextElement(plot, QString(), style.titleFont);
    title->setTextColor(style.foreground);
    plot->plotLayout()->addElement(0, 0, title);
    keepWrapped(title, QObject::tr("%1: adverse events, %2 vs %3").arg(q(r.study), q(r.arm), q(r.control)), 30, 200);
    auto* panels = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, panels);
    // The legend first: graphs join the plot's legend as they are made.
    plot->legend = new QCPLegend;
    auto* legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->addElement(0, 0, plot->legend);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    keepLegendInColumns(plot->legend);
    if (asVolcano) volcano(plot, panels, r, style, items);
    else dotPlot(plot, panels, r, style, items);
    plot->xAxis = items.measure->axis(QCPAxis::atBottom);
    plot->yAxis = items.measure->axis(QCPAxis::atLeft);
    plot->xAxis2 = items.measure->axis(QCPAxis::atTop);
    plot->yAxis2 = items.measure->axis(QCPAxis::atRight);
    style.apply(plot);
    auto* foot = new QCPTextElement(plot, QString(), style.smallFont);
    foot->setTextColor(style.muted);
    foot->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    plot->plotLayout()->addElement(3, 0, foot);
    keepWrapped(foot, QString(), 40, 180);
    const QStringList notes = footnoteNotes(r);
    const QStringList lead = footnoteLead(r, asVolcano);
    setFootnote(foot, lead, notes, QStringLiteral("; "));
    if (!asVolcano) keepRowsReadable(plot, items, static_cast<int>(r.rows.size()), foot, lead, notes);
    for (int row : {0, 2, 3}) plot->plotLayout()->setRowStretchFactor(row, 0.001);
    return items;
}

int AeDotFigure::rowAt(const Items& items, const AeDotReport& r, bool asVolcano, QPointF at) {
    if (!items.measure) return -1;
    if (!asVolcano) {
        for (QCPAxisRect* rect : {items.incidence, items.measure}) {
            if (!rect || !rect->rect().contains(at.toPoint())) continue;
            const double y = rect->axis(QCPAxis::atLeft)->pixelToCoord(at.y());
            const int row = static_cast<int>(std::lround(y));
            return row >= 0 && row < static_cast<int>(r.rows.size()) ? row : -1;
        }
        return -1;
    }
    QCPAxis* x = items.measure->axis(QCPAxis::atBottom);
    QCPAxis* y = items.measure->axis(QCPAxis::atLeft);
    int best = -1;
    double nearest = 10;
    for (size_t i = 0; i < r.rows.size(); ++i) {
        const AeDotRow& t = r.rows[i];
        if (!t.estimate || !t.p) continue;
        const double dx = x->coordToPixel(*t.estimate) - at.x();
        const double dy = y->coordToPixel(-std::log10(std::max(*t.p, 1e-300))) - at.y();
        if (std::hypot(dx, dy) <= nearest) {
            nearest = std::hypot(dx, dy);
            best = static_cast<int>(i);
        }
    }
    return best;
}

}  // namespace ts
