#pragma once
// ForestPlot: hazard ratios of several studies (or of the subgroups of one study) with their CIs on
// a log axis, and the pooled estimates of ts::stats::metaAnalysis below them: fixed effect (inverse
// variance) and random effects (DerSimonian–Laird) as diamonds, with Cochran's Q, I^2 and tau^2 in
// the footnote. Each row's square is sized by its random-effects weight; the right-hand column
// prints "HR (95% CI)" and the fixed / random weights. The axis reaches no further than four times
// beyond the outermost estimates; a CI that goes on ends in an arrow at the axis. Statistics come
// from the ForestData: the plot computes none.
#include <optional>
#include <vector>

#include <QColor>
#include <QString>

#include "core/stats/meta_analysis.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;
class QCPGraph;
class QCPCurve;
class QCPItemLine;

namespace ts {

struct ForestRow {
    QString label;
    std::optional<double> hr, lower, upper;  // nullopt: not estimable (note says why)
    QString note;
    QColor colour;  // invalid = foreground
};

struct ForestData {
    QString title;
    QString effect = QStringLiteral("Hazard ratio");
    std::vector<ForestRow> rows;
    stats::MetaResult meta;  // on the log scale, one entry per row; empty = no pooling
    // A subgroup forest's treatment-by-subgroup test, shown instead of a pooled estimate.
    QString interaction;
    QString footnote;  // provenance / citations
};

struct ForestItems {
    QCPAxisRect* rect = nullptr;
    std::vector<QCPGraph*> squares;      // per row (nullptr when not estimable)
    std::vector<QCPItemLine*> whiskers;  // per estimable row: its CI, arrowed where it leaves the axis
    QCPCurve* fixedDiamond = nullptr;
    QCPCurve* randomDiamond = nullptr;
    QString heterogeneity;  // the footnote's statistics line
};

class ForestPlot {
public:
    // Clears `plot` and draws `data`. Does not replot.
    static ForestItems render(QCustomPlot* plot, const ForestData& data, const PlotStyle& style = PlotStyle::current());
    // "HR 0.62 (0.40–0.95)" style text of a ratio and its CI, two decimals.
    static QString ratioText(double ratio, double lower, double upper);
    // "Heterogeneity: Q = 1.23 (df = 1, p = 0.267); I² = 18.7%; τ² = 0.0123".
    static QString heterogeneityText(const stats::MetaResult& meta);
};

}  // namespace ts
