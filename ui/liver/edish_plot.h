#pragma once
// EdishPlot: draws ts::LiverReports (liver_analysis.h) into any QCustomPlot, on screen (the Liver
// tab, the compare workspace) or off screen (export --view edish, --layout liver): one point per
// subject at (peak x, peak bilirubin) on log axes, the cut-off lines and the four quadrants named in
// their corners with the subjects they hold. One study: colour by arm, marker by pattern
// (hepatocellular, mixed, cholestatic, no ALP). Several studies on the same axes: colour by arm,
// marker by study. Under the plot: provenance, the cut-offs and each report's notes, a line each.
#include <vector>

#include <QPoint>
#include <QPointF>
#include <QString>

#include "core/analysis/liver_analysis.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;

namespace ts {

class EdishPlot {
public:
    explicit EdishPlot(QCustomPlot* plot);

    // Clears the plot and draws `report`; `title` heads it. Keeps a copy for hover. The legend's
    // columns fit the plot's width at the time of drawing.
    void draw(const LiverReport& report, const QString& title, const PlotStyle& style = PlotStyle::current());
    // Several studies on the same axes (the first report's cut-offs and reference; the studies'
    // reports must share them).
    void drawStudies(const std::vector<LiverReport>& reports, const QString& title,
                     const PlotStyle& style = PlotStyle::current());
    // Clears the plot to one centred message.
    void clear(const QString& message, const PlotStyle& style = PlotStyle::current());
    // Fits both axes to the points and the cut-offs, and replots.
    void resetView();

    // Index in points() of the point nearest `pixel` (within 8 px), else -1.
    int subjectAt(const QPoint& pixel) const;
    QString tooltipAt(const QPoint& pixel) const;  // empty away from every point
    QPointF pixelOf(int point) const;              // where points()[point] is drawn
    QCPAxisRect* rect() const { return m_rect; }
    const LiverReport& report() const { return m_reports.front(); }  // the first (only) study's
    // Every drawn subject as (report, subject) positions, in drawing order.
    struct Point {
        size_t report = 0, subject = 0;
    };
    const std::vector<Point>& points() const { return m_points; }
    const LiverReport& reportOf(const Point& p) const { return m_reports[p.report]; }
    const LiverSubject& subjectOf(const Point& p) const { return m_reports[p.report].subjects[p.subject]; }

    // "AML eDISH: ALT against bilirubin" (mDISH on multiples of baseline).
    static QString title(const QString& study, const LiverReport& report);
    static QString xTitle(const LiverReport& report);  // "Peak ALT (\u00d7 ULN)", "... (\u00d7 baseline)"
    static QString yTitle(const LiverReport& report);
    static QString describe(const LiverReport& report, const LiverSubject& s);  // hover text

private:
    void layOut(const QString& title, const PlotStyle& style);
    void drawPoints(const PlotStyle& style);
    void drawQuadrants(const PlotStyle& style);

    QCustomPlot* m_plot;
    std::vector<LiverReport> m_reports;
    std::vector<Point> m_points;
    QCPAxisRect* m_rect = nullptr;
};

}  // namespace ts
