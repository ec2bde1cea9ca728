#pragma once
// Mouse and keyboard interaction on a survival figure drawn by KmPlot: drag to pan, wheel to zoom
// (time axis and survival axis), arrow keys pan, +/- zoom, Home resets; hover tooltip on the curve
// under the mouse (time, S(t) with CI, at risk); an optional time cursor whose readout lists every
// shown group at once; clicking a legend entry asks to hide or show that group.
#include <vector>

#include <QObject>
#include <qcustomplot.h>

#include "ui/survival/km_plot.h"

namespace ts {

class KmInteraction : public QObject {
    Q_OBJECT
public:
    explicit KmInteraction(QCustomPlot* plot);

    // Call after every KmPlot::render (the figure's items are new). `report` must outlive the next attach.
    void attach(const SurvivalReport* report, const KmPlotItems& items, const std::vector<bool>& hidden);
    void setCursorEnabled(bool on);
    bool cursorEnabled() const { return m_cursorOn; }
    // Places the time cursor at display time t (also used by tests); returns the readout text.
    QString placeCursor(double t);
    void resetView();
    // Text of the hover tooltip at pixel position `pos`, empty when no curve is near.
    QString hoverText(const QPointF& pos) const;

signals:
    void groupToggled(int group);
    void resetRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onMouseMove(QMouseEvent* event);
    void onLegendClick(QCPLegend* legend, QCPAbstractLegendItem* item);
    bool onKey(QKeyEvent* event);

    QCustomPlot* m_plot;
    const SurvivalReport* m_report = nullptr;
    KmPlotItems m_items;
    std::vector<bool> m_hidden;
    QMetaObject::Connection m_clamp;  // keeps the time axis from running below 0
    bool m_cursorOn = false;
    QCPItemStraightLine* m_cursorLine = nullptr;
    QCPItemText* m_cursorText = nullptr;
};

}  // namespace ts
