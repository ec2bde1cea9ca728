#include "ui/profile/profile_plot.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <qcustomplot.h>

#include "core/analysis/time_unit.h"
#include "ui/common/figure_room.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/text_wrap.h"

namespace ts {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// Outcome time in study days: times are counted from day 1 in the study's unit.
double outcomeDay(const SubjectProfile& p, const ProfileOutcome& o) { return o.time * daysPer(unitOfText(p.timeUnit)); }

QString adslValue(const SubjectProfile& p, const char* name) {
    for (const auto& [n, v] : p.adsl)
        if (n == name) return qs(v);
    return {};
}

QCPItemStraightLine* vertical(QCustomPlot* plot, QCPAxisRect* rect, double x, const QPen& pen) {
    auto* line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition* p : {line->point1, line->point2})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(x, 1);
    line->point2->setCoords(x, 2);
    line->setPen(pen);
    return line;
}

void horizontal(QCustomPlot* plot, QCPAxisRect* rect, double y, const QPen& pen) {
    auto* line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition* p : {line->point1, line->point2})
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(pen);
}

}  // namespace

QString ProfilePlot::title(const SubjectProfile& p) {
    QStringList parts{qs(p.study), qs(p.usubjid)};
    if (!p.group.empty()) parts << qs(p.group);
    const QString age = adslValue(p, "AGE"), sex = adslValue(p, "SEX");
    if (!age.isEmpty() || !sex.isEmpty())
        parts << (age.isEmpty()   ? sex
                  : sex.isEmpty() ? QStringLiteral("%1 years").arg(age)
                                  : QStringLiteral("%1 years, %2").arg(age, sex));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QColor ProfilePlot::severityColour(const ProfileAe& ae) {
    // Okabe–Ito sky blue, orange and vermillion: mild, moderate, severe (grades 1, 2, >= 3).
    int level = ae.grade ? std::min(*ae.grade, 3) : 0;
    if (!ae.grade) {
        if (ae.severity == "MILD") level = 1;
        else if (ae.severity == "MODERATE") level = 2;
        else if (ae.severity == "SEVERE") level = 3;
    }
    switch (level) {
    case 1: return QColor(0x56, 0xB4, 0xE9);
    case 2: return QColor(0xE6, 0x9F, 0x00);
    case 3: return QColor(0xD5, 0x5E, 0x00);
    default: return QColor(0x99, 0x99, 0x99);
    }
}

std::pair<double, double> ProfilePlot::dayRange(const SubjectProfile& p) {
    double lo = 1, hi = p.treatmentEndDay.value_or(1);
    auto take = [&](std::optional<double> d) {
        if (d) lo = std::min(lo, *d), hi = std::max(hi, *d);
    };
    for (const ProfileLab& l : p.labs) take(l.day);
    for (const ProfileAe& e : p.aes) take(e.startDay), take(e.endDay);
    for (const ProfileOutcome& o : p.outcomes) take(outcomeDay(p, o));
    const double margin = std::max(1.0, 0.04 * (hi - lo));
    return {lo - margin, hi + margin};
}

void ProfilePlot::render(QCustomPlot* plot, const SubjectProfile& p, const PlotStyle& style) {
    plot->clearItems();
    plot->clearPlottables();
    plot->plotLayout()->clear();
    plot->setAutoAddPlottableToLegend(false);
    QCPLayoutGrid* layout = plot->plotLayout();
    auto* heading = new QCPTextElement(plot, QString(), style.titleFont);
    heading->setTextColor(style.foreground);
    layout->addElement(0, 0, heading);
    keepWrapped(heading, title(p), 30, 200);
    auto* legend = new QCPLegend;
    layout->addElement(1, 0, legend);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setLayer(QStringLiteral("legend"));
    plot->legend = legend;
    auto* labs = new QCPAxisRect(plot);
    layout->addElement(2, 0, labs);
    auto* events = new QCPAxisRect(plot);
    layout->addElement(3, 0, events);
    auto* footnote = new QCPTextElement(plot, QString(), style.smallFont);
    footnote->setTextColor(style.muted);
    footnote->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addElement(4, 0, footnote);
    for (int row : {0, 1, 4}) layout->setRowStretchFactor(row, 0.001);
    layout->setRowStretchFactor(2, 3);
    layout->setRowStretchFactor(3, std::clamp(static_cast<double>(p.aes.size()) / 6.0, 0.6, 2.0));
    style.apply(plot);
    auto* margins = new QCPMarginGroup(plot);
    labs->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    events->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    const double scale = figureFontScale(plot);

    // Liver tests, x ULN on a log axis.
    QCPAxis* y = labs->axis(QCPAxis::atLeft);
    y->setScaleType(QCPAxis::stLogarithmic);
    y->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    y->setNumberFormat(QStringLiteral("gb"));
    y->setLabel(QStringLiteral("\u00d7 ULN"));
    labs->axis(QCPAxis::atBottom)->setLabel(QString());
    const std::vector<std::pair<std::string, QString>> tests{{p.liver.alt, QStringLiteral("ALT")},
                                                             {p.liver.ast, QStringLiteral("AST")},
                                                             {p.liver.bili, QStringLiteral("Bilirubin")},
                                                             {p.liver.alp, QStringLiteral("ALP")}};
    // From 0.1 at least, so the axis always labels a decade below 1 x ULN (a log axis labels decades).
    double ylo = 0.1, yhi = 4;
    int withoutUln = 0;
    for (size_t k = 0; k < tests.size(); ++k) {
        if (tests[k].first.empty()) continue;
        QCPGraph* g = plot->addGraph(labs->axis(QCPAxis::atBottom), y);
        const QColor c = style.armColour(static_cast<int>(k));
        g->setPen(QPen(c, style.curveWidth * scale));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 5 * scale));
        g->setName(tests[k].second);
        for (const ProfileLab& l : p.labs) {
            if (l.paramcd != tests[k].first || !l.day) continue;
            if (!l.xUln) {
                ++withoutUln;
                continue;
            }
            g->addData(*l.day, *l.xUln);
            ylo = std::min(ylo, *l.xUln / 1.3);
            yhi = std::max(yhi, *l.xUln * 1.3);
        }
        if (!g->data()->isEmpty()) g->addToLegend();
    }
    y->setRange(ylo, yhi);
    if (legend->itemCount() == 0) {
        layout->remove(legend);
        plot->legend = nullptr;
    }
    QPen ref(style.muted, 1 * scale, Qt::DashLine);
    horizontal(plot, labs, 1, ref);
    horizontal(plot, labs, 3, QPen(style.warning, 1 * scale, Qt::DashLine));

    // Treatment period (day 1 to the end of treatment), shaded on both panels.
    const auto [dlo, dhi] = dayRange(p);
    for (QCPAxisRect* rect : {labs, events}) {
        rect->axis(QCPAxis::atBottom)->setRange(dlo, dhi);
        // The muted text colour, faint: visible on the light and the dark background alike.
        QColor fill = style.muted;
        fill.setAlpha(40);
        auto* period = new QCPItemRect(plot);
        period->setClipAxisRect(rect);
        for (QCPItemPosition* pos : {period->topLeft, period->bottomRight}) {
            pos->setTypeX(QCPItemPosition::ptPlotCoords);
            pos->setTypeY(QCPItemPosition::ptAxisRectRatio);
            pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            pos->setAxisRect(rect);
        }
        period->topLeft->setCoords(1, 0);
        period->bottomRight->setCoords(p.treatmentEndDay.value_or(1), 1);
        period->setPen(Qt::NoPen);
        period->setBrush(fill);
        period->setLayer(QStringLiteral("background"));
    }
    QObject::connect(labs->axis(QCPAxis::atBottom), QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged),
                     events->axis(QCPAxis::atBottom), QOverload<const QCPRange&>::of(&QCPAxis::setRange));
    QObject::connect(events->axis(QCPAxis::atBottom), QOverload<const QCPRange&>::of(&QCPAxis::rangeChanged),
                     labs->axis(QCPAxis::atBottom), QOverload<const QCPRange&>::of(&QCPAxis::setRange));

    // Outcomes on the top edge of the lab panel.
    QFont small = style.font;
    small.setPointSizeF(small.pointSizeF() * scale);
    // One label per day: outcomes on the same day (Shi 2021's OS event and HCC censoring) share it,
    // where two labels were drawn over each other.
    std::map<double, QStringList> labels;
    for (const ProfileOutcome& o : p.outcomes) {
        const double day = outcomeDay(p, o);
        vertical(plot, labs, day, QPen(style.foreground, 1 * scale, o.event ? Qt::SolidLine : Qt::DotLine));
        labels[day] << QStringLiteral("%1 %2").arg(qs(o.paramcd),
                                                   o.event ? QStringLiteral("event") : QStringLiteral("censored"));
    }
    for (const auto& [day, names] : labels) {
        auto* text = new QCPItemText(plot);
        text->setClipAxisRect(labs);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setAxes(labs->axis(QCPAxis::atBottom), y);
        text->position->setAxisRect(labs);
        text->position->setCoords(day, 0.01);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        text->setRotation(-90);
        text->setFont(small);
        text->setColor(style.foreground);
        text->setText(names.join(QStringLiteral(", ")));
    }

    // Adverse events: one row each, the first at the top.
    QCPAxis* rows = events->axis(QCPAxis::atLeft);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = static_cast<int>(p.aes.size());
    for (int k = 0; k < n; ++k) {
        const ProfileAe& e = p.aes[static_cast<size_t>(k)];
        const double row = n - k;
        QString term = qs(e.term);
        if (term.size() > 28) term = term.left(27) + QStringLiteral("\u2026");
        ticker->addTick(row, term);
        const double start = e.startDay.value_or(dlo), end = e.endDay.value_or(e.startDay ? dhi : dlo);
        auto* bar = new QCPItemRect(plot);
        bar->setClipAxisRect(events);
        for (QCPItemPosition* pos : {bar->topLeft, bar->bottomRight})
            pos->setAxes(events->axis(QCPAxis::atBottom), rows);
        bar->topLeft->setCoords(start - 0.5, row + 0.32);
        bar->bottomRight->setCoords(std::max(end, start) + 0.5, row - 0.32);
        const QColor c = severityColour(e);
        bar->setBrush(c);
        bar->setPen(e.serious.value_or(false) ? QPen(style.foreground, 2 * scale) : QPen(c.darker(130), 1 * scale));
        if (e.serious.value_or(false)) {
            auto* mark = new QCPItemText(plot);
            mark->setClipAxisRect(events);
            mark->position->setAxes(events->axis(QCPAxis::atBottom), rows);
            mark->position->setCoords(std::max(end, start) + 0.5, row);
            mark->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            mark->setFont(small);
            mark->setColor(style.foreground);
            mark->setText(QStringLiteral(" S"));
        }
    }
    rows->setTicker(ticker);
    rows->setSubTicks(false);
    rows->grid()->setVisible(false);
    rows->setRange(0.3, std::max(n, 1) + 0.7);
    rows->setLabel(n == 0 ? QStringLiteral("No adverse events") : QStringLiteral("Adverse events"));
    events->axis(QCPAxis::atBottom)->setLabel(QStringLiteral("Study day (day 1 = first dose)"));

    // The lead: the provenance and the keys to the drawing; the note of values not drawn gives way
    // in a figure too small for it (figure_room.h).
    QStringList foot{ProvenanceBanner::provenanceText(p.provenance, {})};
    foot << QStringLiteral("shaded: treatment (day 1 to %1)")
                .arg(p.treatmentEndDay ? QString::number(*p.treatmentEndDay) : QStringLiteral("unknown end"));
    foot << QStringLiteral(
        "dashed lines at 1 and 3 \u00d7 ULN; bars: mild, moderate, severe (grade 1, 2, \u2265 3); S = serious");
    QStringList notes;
    if (withoutUln > 0)
        notes << QStringLiteral("%1 lab values without an upper limit of normal not drawn").arg(withoutUln);
    // Wrapped to the figure's width at every layout: as one line a long footnote (values without a
    // ULN) set the plot's minimum width and squeezed both panels to a strip, and one wrapped for the
    // window was cut at the bottom of a single-column export.
    keepWrapped(footnote, QString(), 60, 200);
    setFootnote(footnote, foot, notes, QStringLiteral("; "));
}

}  // namespace ts
