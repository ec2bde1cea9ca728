#include "ui/liver/edish_plot.h"

#include <algorithm>
#include <cmath>

#include <qcustomplot.h>

#include "core/analysis/option_tables.h"
#include "ui/common/axis_label_fit.h"
#include "ui/common/choice_box.h"
#include "ui/common/figure_room.h"
#include "ui/common/legend_columns.h"
#include "ui/common/live_plot.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/text_wrap.h"

namespace ts {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString num(double x) { return QString::number(x, 'f', x < 10 ? 2 : 1); }

// Marker per pattern; the last is for subjects without ALP (no R ratio).
constexpr QCPScatterStyle::ScatterShape kShapes[] = {QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
                                                     QCPScatterStyle::ssTriangle, QCPScatterStyle::ssCross};
int shapeIndex(const LiverSubject& s) { return s.pattern ? static_cast<int>(*s.pattern) : 3; }

QString testName(const std::string& code) {
    if (code == "BILI" || code == "TBIL" || code == "TBILI") return QStringLiteral("total bilirubin");
    return qs(code);
}

QString referenceName(const LiverReport& r) {
    return r.reference == LiverReference::Uln ? QStringLiteral("ULN") : QStringLiteral("baseline");
}

}  // namespace

EdishPlot::EdishPlot(QCustomPlot* plot) : m_plot(plot) {}

QString EdishPlot::title(const QString& study, const LiverReport& r) {
    const QString kind = r.reference == LiverReference::Uln ? QStringLiteral("eDISH") : QStringLiteral("mDISH");
    return QStringLiteral("%1 %2: %3 against bilirubin").arg(study, kind, qs(r.x));
}

QString EdishPlot::xTitle(const LiverReport& r) {
    const QString test = r.x.rfind("max(", 0) == 0 ? QStringLiteral("ALT or AST (the larger)") : testName(r.x);
    return QStringLiteral("Peak %1 (\u00d7 %2)").arg(test, referenceName(r));
}

QString EdishPlot::yTitle(const LiverReport& r) {
    return QStringLiteral("Peak %1 (\u00d7 %2)").arg(testName(r.y), referenceName(r));
}

QString EdishPlot::describe(const LiverReport& r, const LiverSubject& s) {
    const QString ref = referenceName(r);
    QStringList lines{QStringLiteral("%1 \u00b7 %2").arg(qs(s.usubjid), qs(r.groups[s.group].name)),
                      QStringLiteral("%1 %2 \u00d7 %3 (day %4)").arg(qs(s.xParam), num(s.xPeak), ref).arg(s.xPeakDay),
                      QStringLiteral("%1 %2 \u00d7 %3 (day %4)").arg(qs(r.y), num(s.yPeak), ref).arg(s.yPeakDay)};
    const double days = s.yPeakDay - s.xPeakDay;
    lines << (days >= 0 ? QStringLiteral("Bilirubin peak %1 days after the %2 peak").arg(days).arg(qs(s.xParam))
                        : QStringLiteral("Bilirubin peak %1 days before the %2 peak").arg(-days).arg(qs(s.xParam)));
    if (s.alpPeak)
        lines << QStringLiteral("ALP %1 \u00d7 ULN%2")
                     .arg(num(*s.alpPeak), *s.alpPeak >= 2 ? QStringLiteral(" (\u2265 2)") : QString());
    if (s.rRatio) lines << QStringLiteral("R = %1: %2").arg(num(*s.rRatio), choiceLabel(liverPatterns(), *s.pattern));
    lines << choiceLabel(quadrants(), s.quadrant);
    return lines.join(QLatin1Char('\n'));
}

void EdishPlot::clear(const QString& message, const PlotStyle& style) {
    m_reports.clear();
    m_points.clear();
    m_rect = nullptr;
    showPlotMessage(m_plot, message, style);
}

void EdishPlot::draw(const LiverReport& report, const QString& title, const PlotStyle& style) {
    drawStudies({report}, title, style);
}

void EdishPlot::drawStudies(const std::vector<LiverReport>& reports, const QString& title, const PlotStyle& style) {
    if (reports.empty()) return clear(QStringLiteral("No study"), style);
    m_reports = reports;
    m_points.clear();
    for (size_t r = 0; r < m_reports.size(); ++r)
        for (size_t k = 0; k < m_reports[r].subjects.size(); ++k) m_points.push_back({r, k});
    layOut(title, style);
    drawQuadrants(style);
    drawPoints(style);
    resetView();
}

void EdishPlot::layOut(const QString& title, const PlotStyle& style) {
    const LiverReport& first = m_reports.front();
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_plot->setAutoAddPlottableToLegend(false);
    QCPLayoutGrid* layout = m_plot->plotLayout();
    auto* heading = new QCPTextElement(m_plot, QString(), style.titleFont);
    heading->setTextColor(style.foreground);
    layout->addElement(0, 0, heading);
    keepWrapped(heading, title, 30, 200);
    auto* legend = new QCPLegend;
    layout->addElement(1, 0, legend);
    legend->setLayer(QStringLiteral("legend"));
    m_plot->legend = legend;
    keepLegendInColumns(legend);
    m_rect = new QCPAxisRect(m_plot);
    layout->addElement(2, 0, m_rect);

    // One line each, so every note is seen whole at any width. The lead: each study's provenance and
    // the cut-offs the dashed lines draw; the notes (what was left out) go to the caption of a
    // figure too small for them (figure_room.h).
    const bool several = m_reports.size() > 1;
    QStringList lead, notes;
    for (const LiverReport& r : m_reports) {
        const QString who = several ? qs(r.study) + QStringLiteral(": ") : QString();
        lead << who + ProvenanceBanner::provenanceText(r.provenance, {});
        for (const std::string& note : r.notes) notes << who + qs(note);
    }
    lead << QStringLiteral("cut-offs %1 \u00d7 %3 (x) and %2 \u00d7 %3 (bilirubin)")
                .arg(first.xCut)
                .arg(first.yCut)
                .arg(referenceName(first));
    auto* footnote = new QCPTextElement(m_plot, QString(), style.smallFont);
    footnote->setTextColor(style.muted);
    footnote->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addElement(3, 0, footnote);
    keepWrapped(footnote, QString(), 40, 200);
    setFootnote(footnote, lead, notes, QStringLiteral("\n"));
    for (int row : {0, 1, 3}) layout->setRowStretchFactor(row, 0.001);
    style.apply(m_plot);

    for (QCPAxis* axis : {m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft)}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
        ticker->setSubTickCount(8);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
        axis->setNumberPrecision(3);
    }
    m_rect->axis(QCPAxis::atBottom)->setLabel(xTitle(first));
    // Shorter wordings where the plot is not as high as the label is long (a single-column export).
    const QString ref = referenceName(first);
    keepLabelFitting(m_plot, m_rect, m_rect->axis(QCPAxis::atLeft),
                     {yTitle(first), QStringLiteral("Peak %1 (\u00d7 %2)").arg(qs(first.y), ref),
                      QStringLiteral("%1 (\u00d7 %2)").arg(qs(first.y), ref)});
}

void EdishPlot::drawPoints(const PlotStyle& style) {
    const double size = 7 * figureFontScale(m_plot);
    const bool several = m_reports.size() > 1;
    QCPAxis* x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis* y = m_rect->axis(QCPAxis::atLeft);
    auto graph = [&](QCPScatterStyle scatter) {
        QCPGraph* g = m_plot->addGraph(x, y);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(scatter);
        return g;
    };
    // One graph per study, arm and marker: colour says the arm, the marker the pattern (one study)
    // or the study (several).
    for (size_t r = 0; r < m_reports.size(); ++r) {
        const LiverReport& rep = m_reports[r];
        std::vector<QCPGraph*> graphs(rep.groups.size() * 4, nullptr);
        for (const LiverSubject& s : rep.subjects) {
            const int shape = several ? static_cast<int>(r % 4) : shapeIndex(s);
            QCPGraph*& g = graphs[static_cast<size_t>(s.group) * 4 + static_cast<size_t>(shape)];
            if (!g) {
                const QColor c = style.armColour(s.group, rep.groups[static_cast<size_t>(s.group)].colour);
                QColor fill = c;
                fill.setAlpha(150);
                g = graph(QCPScatterStyle(kShapes[shape], QPen(c, 1.2), QBrush(fill), size));
            }
            g->addData(s.xPeak, s.yPeak);
        }
    }
    // Legend: the arms as discs (prefixed with their study when there are several), then the
    // markers in grey: the patterns, or the studies.
    auto entry = [&](const QString& name, QCPScatterStyle scatter) {
        QCPGraph* g = graph(scatter);
        g->setName(name);
        g->addToLegend();
    };
    for (const LiverReport& rep : m_reports)
        for (size_t k = 0; k < rep.groups.size(); ++k) {
            const QColor c = style.armColour(static_cast<int>(k), rep.groups[k].colour);
            entry((several ? qs(rep.study) + QStringLiteral(" ") : QString()) + qs(rep.groups[k].name),
                  QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, size));
        }
    const QColor grey = style.muted;
    auto marker = [&](int shape) { return QCPScatterStyle(kShapes[shape], QPen(grey, 1.2), QBrush(grey), size); };
    if (several) {
        for (size_t r = 0; r < m_reports.size(); ++r) entry(qs(m_reports[r].study), marker(static_cast<int>(r % 4)));
        return;
    }
    for (const auto& p : liverPatterns().all()) entry(choiceLabel(p), marker(static_cast<int>(p.value)));
    entry(QStringLiteral("No ALP"), marker(3));
}

void EdishPlot::drawQuadrants(const PlotStyle& style) {
    const LiverReport& first = m_reports.front();
    QPen pen(style.foreground, 1.2 * figureFontScale(m_plot), Qt::DashLine);
    auto line = [&](double x1, double y1, double x2, double y2) {
        auto* l = new QCPItemStraightLine(m_plot);
        l->setClipAxisRect(m_rect);
        for (QCPItemPosition* p : {l->point1, l->point2})
            p->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atLeft));
        l->point1->setCoords(x1, y1);
        l->point2->setCoords(x2, y2);
        l->setPen(pen);
    };
    line(first.xCut, 1, first.xCut, 2);
    line(1, first.yCut, 2, first.yCut);

    // Each quadrant's name in its outer corner, with the subjects it holds.
    std::array<int, 4> total{};
    for (const LiverReport& r : m_reports)
        for (const LiverGroup& g : r.groups)
            for (size_t q = 0; q < 4; ++q) total[q] += g.quadrants[q];
    struct Corner {
        Quadrant quadrant;
        double x, y;
        Qt::Alignment align;
    };
    for (const Corner& c : {Corner{Quadrant::Normal, 0.01, 0.99, Qt::AlignLeft | Qt::AlignBottom},
                            Corner{Quadrant::Hyperbilirubinemia, 0.01, 0.01, Qt::AlignLeft | Qt::AlignTop},
                            Corner{Quadrant::Temple, 0.99, 0.99, Qt::AlignRight | Qt::AlignBottom},
                            Corner{Quadrant::HysLaw, 0.99, 0.01, Qt::AlignRight | Qt::AlignTop}}) {
        auto* label = new QCPItemText(m_plot);
        label->setClipAxisRect(m_rect);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        label->position->setAxisRect(m_rect);
        label->position->setCoords(c.x, c.y);
        label->setPositionAlignment(c.align);
        label->setText(QStringLiteral("%1 (%2)")
                           .arg(choiceLabel(quadrants(), c.quadrant))
                           .arg(total[static_cast<size_t>(c.quadrant)]));
        QFont font = style.font;
        font.setPointSizeF(font.pointSizeF() * figureFontScale(m_plot));
        label->setFont(font);
        label->setColor(c.quadrant == Quadrant::HysLaw ? style.warning : style.muted);
        QColor fill = style.background;
        fill.setAlpha(200);
        label->setBrush(QBrush(fill));
        label->setPadding(QMargins(3, 1, 3, 1));
    }
}

void EdishPlot::resetView() {
    if (!m_rect) return;
    const LiverReport& first = m_reports.front();
    double xlo = first.xCut, xhi = first.xCut, ylo = first.yCut, yhi = first.yCut;
    for (const Point& p : m_points) {
        const LiverSubject& s = subjectOf(p);
        if (s.xPeak > 0) xlo = std::min(xlo, s.xPeak), xhi = std::max(xhi, s.xPeak);
        if (s.yPeak > 0) ylo = std::min(ylo, s.yPeak), yhi = std::max(yhi, s.yPeak);
    }
    // A margin of a fifth of a decade each side, and at least 0.1 to 10 x the reference.
    m_rect->axis(QCPAxis::atBottom)->setRange(std::min(xlo / 1.6, 0.1), std::max(xhi * 1.6, 10.0));
    m_rect->axis(QCPAxis::atLeft)->setRange(std::min(ylo / 1.6, 0.1), std::max(yhi * 1.6, 10.0));
    m_plot->replot();
}

QPointF EdishPlot::pixelOf(int point) const {
    const LiverSubject& s = subjectOf(m_points.at(static_cast<size_t>(point)));
    return {m_rect->axis(QCPAxis::atBottom)->coordToPixel(s.xPeak),
            m_rect->axis(QCPAxis::atLeft)->coordToPixel(s.yPeak)};
}

int EdishPlot::subjectAt(const QPoint& pixel) const {
    if (!m_rect || !m_rect->rect().contains(pixel)) return -1;
    int best = -1;
    double bestDistance = 8.0 * 8.0;
    for (size_t k = 0; k < m_points.size(); ++k) {
        const QPointF p = pixelOf(static_cast<int>(k));
        const double dx = p.x() - pixel.x(), dy = p.y() - pixel.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = static_cast<int>(k);
        }
    }
    return best;
}

QString EdishPlot::tooltipAt(const QPoint& pixel) const {
    const int at = subjectAt(pixel);
    if (at < 0) return {};
    const Point& p = m_points[static_cast<size_t>(at)];
    const QString text = describe(reportOf(p), subjectOf(p));
    return m_reports.size() > 1 ? qs(reportOf(p).study) + QStringLiteral(" \u00b7 ") + text : text;
}

}  // namespace ts
