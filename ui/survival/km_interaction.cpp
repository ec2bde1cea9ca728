#include "ui/survival/km_interaction.h"

#include <cmath>

#include <QKeyEvent>
#include <QToolTip>

#include "ui/survival/km_readout.h"
#include "ui/survival/km_text.h"

namespace ts {

namespace {
constexpr double kHoverPixels = 12;  // how close (vertically) the mouse must be to a curve
}

KmInteraction::KmInteraction(QCustomPlot* plot) : QObject(plot), m_plot(plot) {
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::mouseMove, this, &KmInteraction::onMouseMove);
    connect(m_plot, &QCustomPlot::legendClick, this,
            [this](QCPLegend* legend, QCPAbstractLegendItem* item, QMouseEvent*) { onLegendClick(legend, item); });
}

void KmInteraction::attach(const SurvivalReport* report, const KmPlotItems& items, const std::vector<bool>& hidden) {
    m_report = report;
    m_items = items;
    m_hidden = hidden;
    m_cursorLine = nullptr;  // the previous render deleted them
    m_cursorText = nullptr;
    if (!m_items.main) return;
    QCPAxis* x = m_items.main->axis(QCPAxis::atBottom);
    // Drag and wheel move the time axis only: a probability runs from 0 to 1, and panning it showed
    // -0.2. Time never runs before 0.
    m_items.main->setRangeDrag(Qt::Horizontal);
    m_items.main->setRangeZoom(Qt::Horizontal);
    m_items.main->setRangeDragAxes({x}, {});
    m_items.main->setRangeZoomAxes({x}, {});
    disconnect(m_clamp);  // one clamp, on this render's time axis
    m_clamp = connect(x, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [x](const QCPRange& r) {
        if (r.lower < 0) x->setRange(0, r.size());
    });
    if (m_items.table) {
        // Dragging or zooming over the risk table moves the time axis of the curves.
        m_items.table->setRangeDrag(Qt::Horizontal);
        m_items.table->setRangeZoom(Qt::Horizontal);
        m_items.table->setRangeDragAxes({x}, {});
        m_items.table->setRangeZoomAxes({x}, {});
    }
    if (m_cursorOn) placeCursor((x->range().lower + x->range().upper) / 2);
}

void KmInteraction::setCursorEnabled(bool on) {
    m_cursorOn = on;
    if (!on) {
        if (m_cursorLine) m_plot->removeItem(m_cursorLine);
        if (m_cursorText) m_plot->removeItem(m_cursorText);
        m_cursorLine = nullptr;
        m_cursorText = nullptr;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else if (m_items.main) {
        const QCPRange r = m_items.main->axis(QCPAxis::atBottom)->range();
        placeCursor((r.lower + r.upper) / 2);
    }
}

QString KmInteraction::placeCursor(double t) {
    if (!m_report || !m_items.main) return {};
    QCPAxis* x = m_items.main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_items.main->axis(QCPAxis::atLeft);
    if (!m_cursorLine) {
        m_cursorLine = new QCPItemStraightLine(m_plot);
        m_cursorLine->setClipAxisRect(m_items.main);
        m_cursorLine->point1->setAxes(x, y);
        m_cursorLine->point2->setAxes(x, y);
        m_cursorLine->setPen(QPen(PlotStyle::current().cursor, 1, Qt::DotLine));
        m_cursorLine->setLayer(QStringLiteral("overlay"));
        m_cursorText = new QCPItemText(m_plot);
        m_cursorText->setClipAxisRect(m_items.main);
        m_cursorText->position->setAxes(x, y);
        m_cursorText->position->setAxisRect(m_items.main);
        m_cursorText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_cursorText->setTextAlignment(Qt::AlignLeft);
        m_cursorText->setFont(PlotStyle::current().font);
        m_cursorText->setColor(PlotStyle::current().foreground);
        m_cursorText->setBrush(QBrush(PlotStyle::current().panel));
        m_cursorText->setPen(QPen(PlotStyle::current().panelBorder));
        m_cursorText->setPadding(QMargins(5, 3, 5, 3));
        m_cursorText->setLayer(QStringLiteral("overlay"));
    }
    m_cursorLine->point1->setCoords(t, 0);
    m_cursorLine->point2->setCoords(t, 1);
    const QString text =
        QStringLiteral("t = %1 %2\n").arg(t, 0, 'f', timeDecimals(x->range().upper)).arg(m_items.unit) +
        readoutText(*m_report, t / m_items.timeFactor, m_hidden, m_items.cumulative);
    m_cursorText->setText(text);
    // Keep the readout on the side of the cursor with more room.
    const bool right = t < x->range().center();
    m_cursorText->position->setCoords(t, 0.03);
    m_cursorText->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignTop);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return text;
}

void KmInteraction::resetView() { emit resetRequested(); }

QString KmInteraction::hoverText(const QPointF& pos) const {
    if (!m_report || !m_items.main || !m_items.main->rect().contains(pos.toPoint())) return {};
    QCPAxis* x = m_items.main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_items.main->axis(QCPAxis::atLeft);
    const double t = x->pixelToCoord(pos.x());
    if (t < 0) return {};
    const double tr = t / m_items.timeFactor;
    double best = kHoverPixels;
    int bestGroup = -1;
    KmReadout at;
    for (size_t g = 0; g < m_report->groups.size(); ++g) {
        if (g < m_hidden.size() && m_hidden[g]) continue;
        const KmReadout r = readKm(m_report->groups[g].fit, tr);
        const double v = m_items.cumulative ? 1 - r.surv : r.surv;
        const double d = std::abs(y->coordToPixel(v) - pos.y());
        if (d <= best) {
            best = d;
            bestGroup = static_cast<int>(g);
            at = r;
        }
    }
    if (bestGroup < 0) return {};
    const int pct = static_cast<int>(std::lround(m_report->options.level * 100));
    const double s = m_items.cumulative ? 1 - at.surv : at.surv;
    const double lo = m_items.cumulative ? 1 - at.upper : at.lower;
    const double hi = m_items.cumulative ? 1 - at.lower : at.upper;
    return QStringLiteral("%1\nTime: %2 %3\n%4 = %5 (%6% CI %7\u2013%8)\nAt risk: %9")
        .arg(QString::fromStdString(m_report->groups[static_cast<size_t>(bestGroup)].name))
        .arg(t, 0, 'f', timeDecimals(x->range().upper))
        .arg(m_items.unit, m_items.cumulative ? QStringLiteral("F(t)") : QStringLiteral("S(t)"))
        .arg(s, 0, 'f', 3)
        .arg(pct)
        .arg(lo, 0, 'f', 3)
        .arg(hi, 0, 'f', 3)
        .arg(static_cast<long long>(at.nRisk));
}

void KmInteraction::onMouseMove(QMouseEvent* event) {
    if (m_cursorOn && m_items.main && m_items.main->rect().contains(event->pos())) {
        placeCursor(m_items.main->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x()));
        return;
    }
    const QString text = hoverText(event->position());
    if (text.isEmpty()) QToolTip::hideText();
    else QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void KmInteraction::onLegendClick(QCPLegend*, QCPAbstractLegendItem* item) {
    auto* pli = qobject_cast<QCPPlottableLegendItem*>(item);
    if (!pli) return;
    // Return right after the signal: its receiver redraws the plot, which deletes this legend item
    // and replaces m_items (UndefinedBehaviorSanitizer caught the loop reading the freed item).
    const QCPAbstractPlottable* clicked = pli->plottable();
    for (size_t g = 0; g < m_items.curves.size(); ++g)
        if (m_items.curves[g].curve == clicked) {
            emit groupToggled(static_cast<int>(g));
            return;
        }
}

bool KmInteraction::onKey(QKeyEvent* event) {
    if (!m_items.main) return false;
    QCPAxis* x = m_items.main->axis(QCPAxis::atBottom);
    QCPAxis* y = m_items.main->axis(QCPAxis::atLeft);
    switch (event->key()) {
    case Qt::Key_Left: x->moveRange(-0.1 * x->range().size()); break;
    case Qt::Key_Right: x->moveRange(0.1 * x->range().size()); break;
    case Qt::Key_Up: y->moveRange(0.1 * y->range().size()); break;
    case Qt::Key_Down: y->moveRange(-0.1 * y->range().size()); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: x->scaleRange(0.8, x->range().center()); break;
    case Qt::Key_Minus: x->scaleRange(1.25, x->range().center()); break;
    case Qt::Key_Home: emit resetRequested(); return true;
    default: return false;
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

bool KmInteraction::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot && event->type() == QEvent::KeyPress) return onKey(static_cast<QKeyEvent*>(event));
    return QObject::eventFilter(watched, event);
}

}  // namespace ts
