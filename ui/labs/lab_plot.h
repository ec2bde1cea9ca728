#pragma once
// LabPlot: draws a ts::LabReport into any QCustomPlot (the labs view on screen, or the figure
// exporter off screen): one line per group over the visits (categorical x axis, groups dodged
// sideways so their error bars do not overlap) with the report's interval as error bars, optional
// individual-patient (spaghetti) lines, the reference range or ULN band, "*" over visits whose
// between-group p < 0.05, and under the plot the n per group per visit table as a second axis rect
// whose x range is linked to the plot's and whose left/right margins are shared, so the columns
// stay aligned to the visits at every size and during zoom and pan.
#include <vector>

#include <QPoint>
#include <QString>

#include "core/analysis/lab_analysis.h"
#include "core/options/args.h"
#include "ui/common/figure_room.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPErrorBars;
class QCPItemText;

namespace ts {

struct LabPlotOptions {
    bool spaghetti = false;     // individual patient lines (patient-level data only)
    bool referenceBand = true;  // reference range / ULN (value scale only)
    bool significance = true;   // "*" where LabPoint::pValue < 0.05
    int maxSpaghetti = 1000;    // at most this many patients drawn (evenly sampled)
    bool scheduledOnly = true;  // hide unscheduled and derived visits (see lab_visits.h)

    // From export options: --patient-lines --no-reference-range --no-significance --all-visits.
    static LabPlotOptions of(const Args& args);
    // The export option words that give these options (only those off their default).
    std::vector<std::string> words() const;
};

class LabPlot {
public:
    explicit LabPlot(QCustomPlot* plot);

    // Clears the plot and draws `report` with `style`. Keeps a copy of the report for tooltips.
    void draw(const LabReport& report, const LabPlotOptions& options, const PlotStyle& style = PlotStyle::current());
    // Clears the plot to a single centred message ("No laboratory data"), forgetting the report.
    void clear(const QString& message, const PlotStyle& style = PlotStyle::current());
    // Fits both axes to the data (what draw() shows first) and replots.
    void resetView();
    // Tooltip text for the summary point nearest to `pixel` (within 10 px), else empty.
    QString tooltipAt(const QPoint& pixel) const;
    // The patient whose drawn line has a point nearest to `pixel` (within 6 px), when individual
    // lines are shown; "" otherwise.
    QString subjectAt(const QPoint& pixel) const;

    QCPAxisRect* mainRect() const { return m_main; }
    QCPAxisRect* tableRect() const { return m_table; }
    QCPGraph* groupGraph(int group) const;  // nullptr when the group has no point
    QCPErrorBars* groupBars(int group) const;
    const std::vector<QCPItemText*>& tableCells() const { return m_cells; }  // group-major
    const std::vector<QCPItemText*>& tableNames() const { return m_names; }  // per group with a row
    const std::vector<QCPItemText*>& markers() const { return m_markers; }
    int spaghettiDrawn() const { return m_spaghettiDrawn; }
    double visitKey(int visitIndex, int group) const;  // x of a group's point at a visit
    const std::vector<QString>& visits() const { return m_visits; }

    static QString summaryName(LabSummaryKind kind);         // "mean ± SD", "median (IQR)", ...
    static QString figureTitle(const LabReport& report);     // parameter, scale, summary, grouping, population
    static QString axisTitle(const LabReport& report);       // y axis title, with unit and scale
    static QStringList axisTitles(const LabReport& report);  // its wordings, longest first

private:
    void buildLayout(const LabReport& report, const PlotStyle& style);
    void setUpVisitAxis(const LabReport& report);
    void setUpCountTable(const LabReport& report, const PlotStyle& style);
    void linkRanges();
    void drawReference(const PlotStyle& style);
    void drawSpaghetti(const PlotStyle& style);
    void drawGroups(const PlotStyle& style);
    void drawTable(const PlotStyle& style);
    void drawMarkers(const PlotStyle& style);
    void appendFootnote(const QString& text, FootnotePart part = FootnotePart::Notes);
    int visitIndex(double visitn) const;  // -1 when the visit is not on the axis

    QCustomPlot* m_plot;
    LabReport m_report;
    double m_floor = 0;  // the lowest value an interval is drawn down to (valueFloor)
    LabPlotOptions m_options;
    QCPAxisRect* m_main = nullptr;
    QCPAxisRect* m_table = nullptr;
    std::vector<QString> m_visits;    // axis order
    std::vector<double> m_visitns;    // visitn of each axis position
    std::vector<QCPGraph*> m_graphs;  // per group
    std::vector<QCPErrorBars*> m_bars;
    std::vector<QCPItemText*> m_cells, m_names, m_markers;
    int m_spaghettiDrawn = 0;
    std::size_t m_spaghettiStride = 1;  // every k-th patient's line is drawn
};

}  // namespace ts
