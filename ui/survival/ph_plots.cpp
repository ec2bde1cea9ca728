#include "ui/survival/ph_plots.h"

#include <algorithm>
#include <cmath>

#include "core/stats/zph_smooth.h"
#include "ui/common/p_value.h"

namespace ts {

namespace {

void reset(QCustomPlot* plot, const PlotStyle& style) {
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->clearItems();
    plot->setAutoAddPlottableToLegend(false);
    style.apply(plot);
}

QCPGraph* line(QCustomPlot* plot, const QVector<double>& x, const QVector<double>& y, const QPen& pen) {
    auto* g = plot->addGraph();
    g->setData(x, y, true);
    g->setPen(pen);
    return g;
}

}  // namespace

std::vector<QCPGraph*> drawLogLogPlot(QCustomPlot* plot, const SurvivalReport& report, double factor,
                                      const QString& unit, const PlotStyle& style) {
    reset(plot, style);
    std::vector<QCPGraph*> out;
    double xLo = HUGE_VAL, xHi = -HUGE_VAL, yLo = HUGE_VAL, yHi = -HUGE_VAL;  // (QCPRange would reorder these)
    for (std::size_t g = 0; g < report.groups.size(); ++g) {
        const SurvivalGroup& group = report.groups[g];
        QVector<double> x, y;
        for (const stats::KmStep& s : group.fit.steps)
            if (s.time > 0 && s.surv > 0 && s.surv < 1 && s.nEvent > 0) {
                x.push_back(s.time * factor);
                y.push_back(std::log(-std::log(s.surv)));
                xLo = std::min(xLo, x.back());
                xHi = std::max(xHi, x.back());
                yLo = std::min(yLo, y.back());
                yHi = std::max(yHi, y.back());
            }
        QCPGraph* graph = line(plot, x, y, QPen(style.armColour(static_cast<int>(g), group.colour), style.curveWidth));
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setName(QString::fromStdString(group.name));
        graph->addToLegend();
        out.push_back(graph);
    }
    plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot->xAxis->setNumberFormat(QStringLiteral("g"));
    plot->xAxis->setLabel(QStringLiteral("Time (%1, log scale)").arg(unit));
    plot->yAxis->setLabel(QString::fromUtf8("log(\u2212log S(t))"));
    if (xLo <= xHi) {
        plot->xAxis->setRange(xLo / 1.2, xHi * 1.2);
        plot->yAxis->setRange(yLo - 0.3, yHi + 0.3);
    }
    // The curves rise to the upper right: the legend goes below them.
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot->legend->setVisible(true);
    return out;
}

SchoenfeldItems drawSchoenfeldPlot(QCustomPlot* plot, const stats::CoxZph& z, int column, const PlotStyle& style) {
    reset(plot, style);
    plot->xAxis->setScaleType(QCPAxis::stLinear);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    SchoenfeldItems items;
    const auto p = z.columns.size();
    const auto k = static_cast<std::size_t>(column);
    if (k >= p || z.x.empty()) return items;
    QVector<double> x, y;
    std::vector<double> ys;
    for (std::size_t e = 0; e < z.x.size(); ++e) {
        x.push_back(z.x[e]);
        y.push_back(z.resid[e * p + k]);
        ys.push_back(y.back());
    }
    items.points = line(plot, x, y, Qt::NoPen);
    items.points->setLineStyle(QCPGraph::lsNone);
    items.points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(style.muted, 1), Qt::NoBrush, 5));
    const stats::ZphSmooth s = stats::zphSmooth(z.x, ys, z.var.empty() ? 0 : z.var[k * p + k]);
    const QColor fit = style.armColour(0);
    if (!s.x.empty()) {
        const QVector<double> gx(s.x.begin(), s.x.end());
        items.smooth = line(plot, gx, QVector<double>(s.fit.begin(), s.fit.end()), QPen(fit, style.curveWidth));
        items.smooth->setName(QStringLiteral("Smooth (natural spline, 4 df)"));
        items.smooth->addToLegend();
        items.lower = line(plot, gx, QVector<double>(s.lower.begin(), s.lower.end()), QPen(fit, 1, Qt::DashLine));
        items.upper = line(plot, gx, QVector<double>(s.upper.begin(), s.upper.end()), QPen(fit, 1, Qt::DashLine));
        items.upper->setName(QString::fromUtf8("\u00b1 2 SE"));
        items.upper->addToLegend();
    }
    // The fitted coefficient: a smooth flat along it means a constant hazard ratio.
    items.coefficient = new QCPItemStraightLine(plot);
    items.coefficient->point1->setCoords(0, z.coef[k]);
    items.coefficient->point2->setCoords(1, z.coef[k]);
    items.coefficient->setPen(QPen(style.cursor, 1, Qt::DotLine));
    plot->xAxis->setLabel(QString::fromUtf8("Time as pooled 1 \u2212 KM(t\u2212) (cox.zph transform \"km\")"));
    plot->yAxis->setLabel(QStringLiteral("\u03b2(t) for %1").arg(QString::fromStdString(z.columns[k])));
    plot->rescaleAxes();
    plot->xAxis->scaleRange(1.05, plot->xAxis->range().center());
    plot->yAxis->scaleRange(1.1, plot->yAxis->range().center());
    plot->legend->setVisible(true);
    return items;
}

QString phTestText(const stats::CoxZph& z) {
    if (!z.defined)
        return QStringLiteral("Test of proportional hazards: not defined (no events, or a singular information)");
    QStringList parts;
    auto one = [](const stats::ZphTest& t) {
        const QString p = pValueText(t.p);
        return QString::fromUtf8("%1 \u03c7\u00b2 = %2 on %3 df, p %4")
            .arg(QString::fromStdString(t.term))
            .arg(t.chisq, 0, 'f', 2)
            .arg(t.df)
            .arg(p.startsWith(QLatin1Char('<')) ? p : QStringLiteral("= ") + p);
    };
    for (const stats::ZphTest& t : z.terms) parts << one(t);
    parts << one(z.global);
    return QStringLiteral("Test of proportional hazards (cox.zph, transform \"km\"): ") +
           parts.join(QStringLiteral("; "));
}

}  // namespace ts
