#include "ui/labs/lab_plot.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include <QRegularExpression>
#include <qcustomplot.h>

#include "core/analysis/adsl_label.h"
#include "core/analysis/lab_point.h"
#include "core/analysis/option_tables.h"
#include "ui/common/axis_label_fit.h"
#include "ui/common/choice_box.h"
#include "ui/common/figure_room.h"
#include "ui/common/legend_columns.h"
#include "ui/common/live_plot.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/text_wrap.h"
#include "ui/labs/lab_visits.h"

namespace ts {
namespace {

// The lowest value an interval may be drawn down to. Lab values are concentrations, activities and
// counts: when no value of the parameter is negative, an interval on the value scale stops at 0
// (mean - SD of a skewed test such as bilirubin reaches below it; the table keeps the number).
double valueFloor(const LabReport& r) {
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    if (r.options.scale != LabScale::Value) return kNone;
    for (const SubjectSeries& s : r.subjects)
        for (double v : s.value)
            if (v < 0) return kNone;
    for (const LabGroup& g : r.groups)
        for (const LabPoint& p : g.points)
            if (p.center && *p.center < 0) return kNone;
    return 0;
}

constexpr double kSignificance = 0.05;
constexpr int kTooltipRadius = 10;  // px

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Lab values span 0.1 (bilirubin mg/dL) to 1000s (platelets): 4 significant digits suit all.
QString num(double v) { return QString::number(v, 'g', 4); }

double nan() { return std::numeric_limits<double>::quiet_NaN(); }

// A straight reference line (ULN, LLN, zero change) across the main axis rect.
void horizontalLine(QCPAxisRect* rect, double y, const QPen& pen) {
    auto* line = new QCPItemStraightLine(rect->parentPlot());
    for (QCPItemPosition* p : {line->point1, line->point2})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(pen);
    line->setClipAxisRect(rect);
}

// Text anchored in plot coordinates of `rect`.
QCPItemText* textAt(QCPAxisRect* rect, double x, double y, const QString& text, const QFont& font, const QColor& colour,
                    Qt::Alignment align) {
    auto* item = new QCPItemText(rect->parentPlot());
    item->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->position->setCoords(x, y);
    item->setPositionAlignment(align);
    item->setText(text);
    item->setFont(font);
    item->setColor(colour);
    item->setClipAxisRect(rect);
    return item;
}

}  // namespace

LabPlotOptions LabPlotOptions::of(const Args& args) {
    LabPlotOptions o;
    o.spaghetti = args.flag("--patient-lines");
    o.referenceBand = !args.flag("--no-reference-range");
    o.significance = !args.flag("--no-significance");
    o.scheduledOnly = !args.flag("--all-visits");
    return o;
}

std::vector<std::string> LabPlotOptions::words() const {
    std::vector<std::string> out;
    const std::pair<bool, const char*> flags[] = {{spaghetti, "--patient-lines"},
                                                  {!referenceBand, "--no-reference-range"},
                                                  {!significance, "--no-significance"},
                                                  {!scheduledOnly, "--all-visits"}};
    for (const auto& [on, name] : flags)
        if (on) out.emplace_back(name);
    return out;
}

LabPlot::LabPlot(QCustomPlot* plot) : m_plot(plot) {}

QString LabPlot::summaryName(LabSummaryKind kind) { return choiceLabel(labSummaries().of(kind)); }

QString LabPlot::figureTitle(const LabReport& report) {
    // What is drawn: the parameter, its scale, the summary, the grouping and the population
    // ("Bilirubin (umol/L), change from baseline — median (IQR) by actual treatment, safety population").
    QString text = qs(report.paramLabel.empty() ? report.param : report.paramLabel);
    if (report.options.scale == LabScale::Change) text += QStringLiteral(", change from baseline");
    if (report.options.scale == LabScale::PercentChange) text += QStringLiteral(", percent change from baseline");
    text += QStringLiteral(" \u2014 %1 by %2")
                .arg(summaryName(*report.options.summary),
                     report.byName.empty() ? QStringLiteral("arm") : qs(report.byName));
    if (!report.options.population.empty())
        text += QStringLiteral(", ") + qs(populationName(report.options.population));
    return text;
}

QString LabPlot::axisTitle(const LabReport& report) { return axisTitles(report).front(); }

QStringList LabPlot::axisTitles(const LabReport& report) {
    const QString name = qs(report.param.empty() ? report.paramLabel : report.param);
    QString unit = qs(report.unit);
    const QString inUnit = unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit);
    // A published change may be signed the other way round ("Decline in ALT", Jia 2020 Table 3:
    // positive means a fall): the axis says what the number is, with its sign, in every wording.
    static const QRegularExpression fall(QStringLiteral(R"(^\s*(decline|decrease|reduction|fall|drop)\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString label = qs(report.paramLabel);
    if (report.options.scale == LabScale::Change && report.subjects.empty() && fall.match(label).hasMatch()) {
        QString measure = label;
        if (!unit.isEmpty()) measure.remove(inUnit);
        const QString units = unit.isEmpty() ? QString() : unit + QStringLiteral("; ");
        return {QStringLiteral("%1 (%2positive = fall)").arg(measure, units),
                QStringLiteral("%1 (%2+ = fall)").arg(measure, units), QStringLiteral("%1 fall%2").arg(name, inUnit)};
    }
    switch (report.options.scale) {
    case LabScale::Value: break;
    case LabScale::Change:
        return {QStringLiteral("Change from baseline in %1%2").arg(name, inUnit),
                QStringLiteral("Change in %1%2").arg(name, inUnit)};
    case LabScale::PercentChange:
        return {QStringLiteral("Change from baseline in %1 (%)").arg(name),
                QStringLiteral("Change in %1 (%)").arg(name)};
    }
    return {name + inUnit};
}

double LabPlot::visitKey(int visitIndex, int group) const {
    // Groups are dodged symmetrically around the visit position; the spread stays below 0.4 of a
    // visit so neighbouring visits never mix.
    const int groups = static_cast<int>(m_report.groups.size());
    const double step = std::min(0.1, 0.4 / std::max(groups, 1));
    return visitIndex + (group - (groups - 1) / 2.0) * step;
}

int LabPlot::visitIndex(double visitn) const {
    auto it = std::find(m_visitns.begin(), m_visitns.end(), visitn);
    return it == m_visitns.end() ? -1 : static_cast<int>(it - m_visitns.begin());
}

QCPGraph* LabPlot::groupGraph(int group) const {
    return group >= 0 && group < static_cast<int>(m_graphs.size()) ? m_graphs[static_cast<std::size_t>(group)]
                                                                   : nullptr;
}

QCPErrorBars* LabPlot::groupBars(int group) const {
    return group >= 0 && group < static_cast<int>(m_bars.size()) ? m_bars[static_cast<std::size_t>(group)] : nullptr;
}

void LabPlot::draw(const LabReport& report, const LabPlotOptions& options, const PlotStyle& style) {
    m_report = report;
    m_floor = valueFloor(report);  // once per drawing: it reads every subject's values
    m_options = options;
    m_graphs.assign(report.groups.size(), nullptr);
    m_bars.assign(report.groups.size(), nullptr);
    m_cells.clear();
    m_names.clear();
    m_markers.clear();
    m_spaghettiDrawn = 0;

    const LabVisitSelection visits = selectLabVisits(report, options.scheduledOnly);
    m_visits.clear();
    m_visitns.clear();
    for (const LabVisit& v : visits.shown) {
        m_visitns.push_back(v.visitn);
        m_visits.push_back(qs(v.name));
    }

    buildLayout(report, style);
    drawReference(style);
    drawSpaghetti(style);
    drawGroups(style);
    drawTable(style);
    drawMarkers(style);
    if (!visits.hidden.empty())
        appendFootnote(QStringLiteral("not shown: %1 unscheduled or derived visit(s)").arg(visits.hidden.size()));
    resetView();
}

void LabPlot::clear(const QString& message, const PlotStyle& style) {
    m_report = {};
    m_main = m_table = nullptr;
    m_graphs.clear();
    m_bars.clear();
    m_cells.clear();
    m_names.clear();
    m_markers.clear();
    m_visits.clear();
    m_visitns.clear();
    m_spaghettiDrawn = 0;
    m_spaghettiStride = 1;
    showPlotMessage(m_plot, message, style);
}

void LabPlot::buildLayout(const LabReport& report, const PlotStyle& style) {
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_plot->setAutoAddPlottableToLegend(false);
    QCPLayoutGrid* layout = m_plot->plotLayout();

    auto* title = new QCPTextElement(m_plot, QString(), style.titleFont);
    title->setTextColor(style.foreground);
    layout->addElement(0, 0, title);
    keepWrapped(title, figureTitle(report), 30, 200);

    auto* legend = new QCPLegend;
    layout->addElement(1, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setLayer(QStringLiteral("legend"));
    m_plot->legend = legend;
    keepLegendInColumns(legend);
    setKeyedElsewhere(legend);  // the n table names each group in its colour

    m_main = new QCPAxisRect(m_plot);
    layout->addElement(2, 0, m_main);
    m_table = new QCPAxisRect(m_plot);
    layout->addElement(3, 0, m_table);
    // QCustomPlot keeps 15 px round every axis rect; the plot has no axis on top (the legend or
    // the title is above it) and the table none below: there 15 px only took a small figure's height.
    m_main->setMinimumMargins(QMargins(15, 4, 15, 15));
    m_table->setMinimumMargins(QMargins(15, 0, 15, 0));

    // Footnote: provenance (always; figures must carry it), then the report's own notes (which a
    // figure too small for them leaves to its caption: figure_room.h). Wrapped to the figure's
    // width at every layout (at most 110 characters a line, so the window can still shrink); an
    // export at another size wraps it again (it was cut mid-sentence).
    QStringList notes;
    for (const std::string& note : report.notes) notes << qs(note);
    auto* footnote = new QCPTextElement(m_plot, QString(), style.smallFont);
    footnote->setTextColor(style.muted);
    footnote->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addElement(4, 0, footnote);
    keepWrapped(footnote, QString(), 40, 110);
    setFootnote(footnote, {ProvenanceBanner::provenanceText(report.provenance, report.source)}, notes,
                QStringLiteral("; "));
    for (int row : {0, 1, 3, 4}) layout->setRowStretchFactor(row, 0.001);

    style.apply(m_plot);
    setUpVisitAxis(report);
    setUpCountTable(report, style);
    linkRanges();
}

void LabPlot::setUpVisitAxis(const LabReport& report) {
    // One shared left/right margin: the table's columns sit exactly under the visits.
    auto* margins = new QCPMarginGroup(m_plot);
    m_main->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_table->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < m_visits.size(); ++i) ticker->addTick(static_cast<double>(i), m_visits[i]);
    x->setTicker(ticker);
    x->setTickLabelRotation(m_visits.size() > 8 ? -35 : 0);
    x->setSubTicks(false);
    x->grid()->setVisible(false);
    x->setLabel(QStringLiteral("Visit"));
    // A shorter wording where the plot is not as high as the label is long (a single-column export).
    keepLabelFitting(m_plot, m_main, m_main->axis(QCPAxis::atLeft), axisTitles(report));
}

namespace {

// The n table's row of each group: the groups with values, in order; -1 for a group without any
// (the pilot's Screen Failure arm has no lab values: it had an empty row).
std::vector<int> countRows(const LabReport& report) {
    std::vector<int> rows;
    int next = 0;
    for (const LabGroup& g : report.groups) rows.push_back(g.points.empty() ? -1 : next++);
    return rows;
}

}  // namespace

// The n table: groups with values as rows (first group on top), n as text items, no axes but the names.
void LabPlot::setUpCountTable(const LabReport& report, const PlotStyle& style) {
    m_table->axis(QCPAxis::atBottom)->setVisible(false);
    QCPAxis* ty = m_table->axis(QCPAxis::atLeft);
    auto names = QSharedPointer<QCPAxisTickerText>::create();
    const std::vector<int> rows = countRows(report);
    const int shown = static_cast<int>(std::count_if(rows.begin(), rows.end(), [](int r) { return r >= 0; }));
    for (std::size_t g = 0; g < report.groups.size(); ++g)
        if (rows[g] >= 0) names->addTick(rows[g], qs(report.groups[g].name));
    ty->setTicker(names);
    ty->setSubTicks(false);
    // Tick marks of zero length and no pen: QCustomPlot draws tick labels only when ticks are on,
    // and a zero-length line in a square-capped pen is still a dot after each name.
    ty->setTickLength(0, 0);
    ty->setTickPen(Qt::NoPen);
    ty->setBasePen(Qt::NoPen);
    ty->grid()->setVisible(false);
    ty->setTickLabelColor(Qt::transparent);  // the names are drawn in their colours (drawTable)
    ty->setRangeReversed(true);
    ty->setRange(-0.5, shown - 0.5);
    QCPAxis* top = m_table->axis(QCPAxis::atTop);
    top->setVisible(true);
    top->setTicks(false);
    top->setTickLabels(false);
    top->setBasePen(Qt::NoPen);
    top->setLabel(QStringLiteral("Number of patients with a value"));
    top->setLabelFont(style.font);
    top->setLabelColor(style.muted);
    const int rowHeight = QFontMetrics(style.font).height() + 4;
    m_table->setSizeConstraintRect(QCPLayoutElement::scrInnerRect);
    m_table->setMinimumSize(0, rowHeight * std::max(shown, 1));
    m_table->setMaximumSize(QWIDGETSIZE_MAX, m_table->minimumSize().height());
}

// Zoom and pan: the plot in both directions, the table along x only; x ranges follow each other.
void LabPlot::linkRanges() {
    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    QCPAxis* tx = m_table->axis(QCPAxis::atBottom);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_main->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_main->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    m_table->setRangeDrag(Qt::Horizontal);
    m_table->setRangeZoom(Qt::Horizontal);
    m_table->setRangeDragAxes(QList<QCPAxis*>{tx}, QList<QCPAxis*>{});
    m_table->setRangeZoomAxes(QList<QCPAxis*>{tx}, QList<QCPAxis*>{});
    const auto rangeChanged = QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged);
    const auto setRange = QOverload<const QCPRange&>::of(&QCPAxis::setRange);
    QObject::connect(x, rangeChanged, tx, setRange);
    QObject::connect(tx, rangeChanged, x, setRange);
}

void LabPlot::drawReference(const PlotStyle& style) {
    if (m_report.options.scale != LabScale::Value) {
        horizontalLine(m_main, 0, QPen(style.muted, 1, Qt::DashLine));
        return;
    }
    if (!m_options.referenceBand || (!m_report.refLow && !m_report.refHigh)) return;
    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_main->axis(QCPAxis::atLeft);
    const QColor refColour(0, 158, 115);  // Okabe–Ito bluish green, read as "normal"
    const QString unit = m_report.unit.empty() ? QString() : QStringLiteral(" ") + qs(m_report.unit);
    QString label;
    if (m_report.refLow && m_report.refHigh) {
        auto* band = new QCPItemRect(m_plot);
        for (QCPItemPosition* p : {band->topLeft, band->bottomRight}) {
            p->setTypeX(QCPItemPosition::ptAxisRectRatio);
            p->setAxisRect(m_main);
            p->setAxes(x, y);
        }
        band->topLeft->setCoords(0, *m_report.refHigh);
        band->bottomRight->setCoords(1, *m_report.refLow);
        band->setPen(Qt::NoPen);
        QColor fill = refColour;
        fill.setAlpha(32);
        band->setBrush(fill);
        band->setClipAxisRect(m_main);
        label = QStringLiteral("Reference range %1–%2%3").arg(num(*m_report.refLow), num(*m_report.refHigh), unit);
    } else {
        const double at = m_report.refHigh ? *m_report.refHigh : *m_report.refLow;
        horizontalLine(m_main, at, QPen(refColour, 1.2, Qt::DashLine));
        label = QStringLiteral("%1 %2%3").arg(m_report.refHigh ? QStringLiteral("ULN") : QStringLiteral("LLN"), num(at),
                                              unit);
    }
    auto* text = new QCPItemText(m_plot);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setAxisRect(m_main);
    text->position->setAxes(x, y);
    text->position->setCoords(0.995, m_report.refHigh ? *m_report.refHigh : *m_report.refLow);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setText(label);
    text->setFont(style.smallFont);
    text->setColor(refColour.darker(style.theme == PlotStyle::Theme::Dark ? 60 : 130));
    text->setClipAxisRect(m_main);
    // Above the band's edge where the plot has room for it, else just under it: a small figure's
    // range can end at the edge, and the label was cut in half.
    QObject::connect(m_plot, &QCustomPlot::afterLayout, text, [text, rect = m_main] {
        const double edge = text->position->pixelPosition().y();
        const bool above = edge - QFontMetrics(text->font()).height() >= rect->top();
        text->setPositionAlignment(Qt::AlignRight | (above ? Qt::AlignBottom : Qt::AlignTop));
    });
}

void LabPlot::drawSpaghetti(const PlotStyle& style) {
    if (!m_options.spaghetti || m_report.subjects.empty()) return;
    // Thousands of overlaid lines are unreadable and slow: draw an even sample of at most
    // maxSpaghetti patients, one QCPCurve per group with NaN breaks between patients (QCustomPlot
    // leaves a gap at NaN), so a redraw is a handful of polylines rather than one per patient.
    const std::size_t total = m_report.subjects.size();
    const auto cap = static_cast<std::size_t>(std::max(m_options.maxSpaghetti, 1));
    const std::size_t stride = (total + cap - 1) / cap;
    m_spaghettiStride = stride;
    std::vector<QVector<double>> keys(m_report.groups.size()), values(m_report.groups.size());
    for (std::size_t i = 0; i < total; i += stride) {
        const SubjectSeries& s = m_report.subjects[i];
        if (s.group < 0 || s.group >= static_cast<int>(keys.size())) continue;
        auto& k = keys[static_cast<std::size_t>(s.group)];
        auto& v = values[static_cast<std::size_t>(s.group)];
        for (std::size_t j = 0; j < s.visitn.size() && j < s.value.size(); ++j) {
            const int at = visitIndex(s.visitn[j]);
            if (at < 0) continue;
            k << visitKey(at, s.group);
            v << s.value[j];
        }
        k << nan();
        v << nan();
        ++m_spaghettiDrawn;
    }
    if (stride > 1)
        appendFootnote(
            QStringLiteral("individual lines: %1 of %2 patients (evenly sampled)").arg(m_spaghettiDrawn).arg(total),
            FootnotePart::Lead);  // what the lines drawn are
    for (std::size_t g = 0; g < keys.size(); ++g) {
        if (keys[g].isEmpty()) continue;
        auto* curve = new QCPCurve(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
        QVector<double> t(keys[g].size());
        std::iota(t.begin(), t.end(), 0.0);
        curve->setData(t, keys[g], values[g], true);
        QColor c = style.armColour(static_cast<int>(g), m_report.groups[g].colour);
        c.setAlpha(45);
        curve->setPen(QPen(c, 1));
        // Thin translucent background lines: antialiasing costs more than half the redraw of a
        // pan frame and is not visible at 1 px.
        curve->setAntialiased(false);
        curve->setSelectable(QCP::stNone);
    }
}

void LabPlot::drawGroups(const PlotStyle& style) {
    for (std::size_t g = 0; g < m_report.groups.size(); ++g) {
        const LabGroup& group = m_report.groups[g];
        QVector<double> keys, centers, minus, plus;
        for (const LabPoint& p : group.points) {
            const int at = visitIndex(p.visitn);
            if (!p.center || at < 0) continue;  // no estimate: the line joins its neighbours
            keys << visitKey(at, static_cast<int>(g));
            centers << *p.center;
            // QCPErrorBars skips a NaN half, so a missing bound draws no bar rather than a false one.
            minus << (p.lower ? *p.center - std::max(*p.lower, m_floor) : nan());
            plus << (p.upper ? *p.upper - *p.center : nan());
        }
        if (keys.isEmpty()) continue;
        const QColor colour = style.armColour(static_cast<int>(g), group.colour);
        auto* graph = new QCPGraph(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
        graph->setName(qs(group.name));
        graph->setData(keys, centers, true);
        graph->setPen(QPen(colour, style.curveWidth));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 7));
        graph->addToLegend(m_plot->legend);
        auto* bars = new QCPErrorBars(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));
        bars->setDataPlottable(graph);
        bars->setData(minus, plus);
        bars->setPen(QPen(colour, std::max(1.0, style.curveWidth * 0.6)));
        bars->setWhiskerWidth(7);
        m_graphs[g] = graph;
        m_bars[g] = bars;
    }
}

void LabPlot::drawTable(const PlotStyle& style) {
    const std::vector<int> rows = countRows(m_report);
    QCPAxis* names = m_table->axis(QCPAxis::atLeft);
    for (std::size_t g = 0; g < m_report.groups.size(); ++g) {
        const QColor colour = style.armTextColour(static_cast<int>(g), m_report.groups[g].colour);
        if (rows[g] >= 0) {
            // The group's name in its colour where its tick label would be (that label stays, unseen,
            // and keeps the margin): the table keys the colours, so a figure too small for the
            // legend can leave it out (figure_room.h), as the survival risk table does.
            QCPItemText* name = textAt(m_table, 0, rows[g], qs(m_report.groups[g].name), names->tickLabelFont(), colour,
                                       Qt::AlignRight | Qt::AlignVCenter);
            name->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            name->position->setCoords(0.0, rows[g]);
            name->setClipToAxisRect(false);
            name->setPadding(QMargins(0, 0, names->tickLabelPadding(), 0));
            m_names.push_back(name);
        }
        for (const LabPoint& p : m_report.groups[g].points) {
            const int at = visitIndex(p.visitn);
            if (at < 0) continue;
            // The n sits under the visit, not under the dodged point, so columns read straight down.
            // n = 0 beside an estimate means the source did not report n (published tables).
            const QString n = p.n == 0 && p.center ? QStringLiteral("–") : QString::number(p.n);
            m_cells.push_back(textAt(m_table, at, rows[g], n, style.font, colour, Qt::AlignCenter));
        }
    }
}

void LabPlot::drawMarkers(const PlotStyle& style) {
    if (!m_options.significance) return;
    QStringList tests;  // the tests behind the stars, in visit order
    for (std::size_t v = 0; v < m_visitns.size(); ++v) {
        std::optional<double> p;
        bool drawn = false;
        std::size_t tested = 0;  // groups with values at this visit: they decide the test
        for (const LabGroup& g : m_report.groups)
            for (const LabPoint& pt : g.points) {
                if (pt.visitn != m_visitns[v]) continue;
                if (pt.pValue) p = std::min(p.value_or(1.0), *pt.pValue);
                if (pt.center) drawn = true;
                if (pt.n > 0) ++tested;
            }
        if (!p || *p >= kSignificance || !drawn) continue;
        const std::string_view name = visitTestName(visitTestFor(tested, *m_report.options.summary));
        const QString test = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        if (!tests.contains(test)) tests << test;
        // Stars sit in a row along the top edge of the plot, over their visit: never clipped by
        // the highest error bar and read like the significance row of a journal figure.
        QCPItemText* star = textAt(m_main, static_cast<double>(v), 0.0, QStringLiteral("*"), style.titleFont,
                                   style.foreground, Qt::AlignHCenter | Qt::AlignTop);
        star->position->setAxisRect(m_main);
        star->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        star->position->setCoords(static_cast<double>(v), 0.0);  // setType converts; set again
        m_markers.push_back(star);
    }
    if (!m_markers.empty())
        appendFootnote(
            QStringLiteral("* p < 0.05 between groups at that visit (%1)").arg(tests.join(QStringLiteral(", "))),
            FootnotePart::Lead);  // the key to the plot's stars
}

void LabPlot::appendFootnote(const QString& text, FootnotePart part) {
    if (auto* note = qobject_cast<QCPTextElement*>(m_plot->plotLayout()->element(4, 0)))
        addToFootnote(note, text, part);
}

void LabPlot::resetView() {
    if (!m_main) return;
    m_main->axis(QCPAxis::atBottom)->setRange(-0.5, std::max<double>(static_cast<double>(m_visits.size()) - 0.5, 0.5));
    // y: every summary point and interval, the reference band, and the spaghetti when shown.
    std::optional<double> lo, hi;
    auto take = [&](double y) {
        if (!std::isfinite(y)) return;
        lo = std::min(lo.value_or(y), y);
        hi = std::max(hi.value_or(y), y);
    };
    for (const LabGroup& g : m_report.groups)
        for (const LabPoint& p : g.points)
            for (const auto& y : {p.center, p.lower, p.upper})
                if (y) take(std::max(*y, m_floor));
    if (m_report.options.scale == LabScale::Value && m_options.referenceBand) {
        if (m_report.refLow) take(*m_report.refLow);
        if (m_report.refHigh) take(*m_report.refHigh);
    } else if (m_report.options.scale != LabScale::Value) {
        take(0);
    }
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        if (auto* curve = qobject_cast<QCPCurve*>(m_plot->plottable(i))) {
            bool found = false;
            const QCPRange r = curve->getValueRange(found);
            if (found) {
                take(r.lower);
                take(r.upper);
            }
        }
    if (!lo) {
        lo = 0;
        hi = 1;
    }
    // 6% headroom below, 12% above (room for the significance stars).
    const double span = *hi - *lo > 0 ? *hi - *lo : std::max(std::abs(*hi), 1.0);
    m_main->axis(QCPAxis::atLeft)->setRange(*lo - 0.06 * span, *hi + 0.12 * span);
    m_plot->replot();
}

QString LabPlot::subjectAt(const QPoint& pixel) const {
    if (!m_main || m_spaghettiDrawn == 0 || !m_main->rect().contains(pixel)) return {};
    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_main->axis(QCPAxis::atLeft);
    double best = 6.0 * 6.0;
    const SubjectSeries* hit = nullptr;
    for (std::size_t i = 0; i < m_report.subjects.size(); i += m_spaghettiStride) {
        const SubjectSeries& s = m_report.subjects[i];
        for (std::size_t j = 0; j < s.visitn.size() && j < s.value.size(); ++j) {
            const int at = visitIndex(s.visitn[j]);
            if (at < 0) continue;
            const double dx = x->coordToPixel(visitKey(at, s.group)) - pixel.x();
            const double dy = y->coordToPixel(s.value[j]) - pixel.y();
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                hit = &s;
            }
        }
    }
    return hit ? qs(hit->usubjid) : QString();
}

QString LabPlot::tooltipAt(const QPoint& pixel) const {
    if (!m_main || !m_main->rect().contains(pixel)) return {};
    QCPAxis* x = m_main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_main->axis(QCPAxis::atLeft);
    double best = kTooltipRadius * kTooltipRadius;
    const LabPoint* hit = nullptr;
    const LabGroup* hitGroup = nullptr;
    for (std::size_t g = 0; g < m_report.groups.size(); ++g)
        for (const LabPoint& p : m_report.groups[g].points) {
            const int at = visitIndex(p.visitn);
            if (!p.center || at < 0) continue;
            const double dx = x->coordToPixel(visitKey(at, static_cast<int>(g))) - pixel.x();
            const double dy = y->coordToPixel(*p.center) - pixel.y();
            if (dx * dx + dy * dy <= best) {
                best = dx * dx + dy * dy;
                hit = &p;
                hitGroup = &m_report.groups[g];
            }
        }
    if (!hit) return {};
    const bool median = m_report.options.summary == LabSummaryKind::MedianIqr;
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3 %4")
                       .arg(qs(hitGroup->name).toHtmlEscaped(), qs(hit->visit).toHtmlEscaped(),
                            median ? QStringLiteral("Median") : QStringLiteral("Mean"), num(*hit->center));
    if (!m_report.unit.empty() && m_report.options.scale != LabScale::PercentChange)
        text += QStringLiteral(" ") + qs(m_report.unit).toHtmlEscaped();
    if (m_report.options.scale == LabScale::PercentChange) text += QStringLiteral(" %");
    if (hit->lower && hit->upper)
        text += QStringLiteral("<br>%1: %2 to %3")
                    .arg(summaryName(*m_report.options.summary), num(*hit->lower), num(*hit->upper));
    text += hit->n > 0 ? QStringLiteral("<br>n = %1").arg(hit->n) : QStringLiteral("<br>n not reported");
    if (hit->pValue) text += QStringLiteral("<br>p = %1").arg(num(*hit->pValue));
    return text;
}

}  // namespace ts
