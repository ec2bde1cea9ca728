#pragma once
// EdishPlot: draws a ts::LiverReport (liver_analysis.h) into any QCustomPlot, on screen (the Liver
// tab) or off screen (export --view edish): one point per subject at (peak x, peak bilirubin) on
// log axes, coloured by arm and shaped by pattern (hepatocellular, mixed, cholestatic, unknown), the
// cut-off lines and the four quadrants named in their corners. Under the plot: provenance, the
// cut-offs and the report's notes.
#include <QPoint>
#include <QPointF>
#include <QString>

#include "core/analysis/liver_analysis.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;

namespace ts {

class EdishPlot {
public:
    explicit EdishPlot(QCustomPlot* plot);

    // Clears the plot and draws `report`; `title` heads it. Keeps a copy of the report for hover.
    // The legend's columns fit the plot's width at the time of drawing.
    void draw(const LiverReport& report, const QString& title, const PlotStyle& style = PlotStyle::current());
    // Clears the plot to one centred message.
    void clear(const QString& message, const PlotStyle& style = PlotStyle::current());
    // Fits both axes to the points and the cut-offs, and replots.
    void resetView();

    // Index in report().subjects of the point nearest `pixel` (within 8 px), else -1.
    int subjectAt(const QPoint& pixel) const;
    QString tooltipAt(const QPoint& pixel) const;  // empty away from every point
    QPointF pixelOf(int subject) const;            // where subject `subject` is drawn
    QCPAxisRect* rect() const { return m_rect; }
    const LiverReport& report() const { return m_report; }

    // "AML eDISH: ALT against bilirubin" (mDISH on multiples of baseline).
    static QString title(const QString& study, const LiverReport& report);
    static QString xTitle(const LiverReport& report);  // "Peak ALT (\u00d7 ULN)", "... (\u00d7 baseline)"
    static QString yTitle(const LiverReport& report);
    static QString describe(const LiverReport& report, const LiverSubject& s);  // hover text

private:
    void drawPoints(const PlotStyle& style);
    void drawQuadrants(const PlotStyle& style);

    QCustomPlot* m_plot;
    LiverReport m_report;
    QCPAxisRect* m_rect = nullptr;
};

}  // namespace ts
