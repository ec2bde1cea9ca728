// Time columns on screen: a survival plot too narrow for every tick label and at-risk number labels
// every k-th tick and shows every k-th risk-table column, and goes back to every tick when the
// window widens or the user zooms in; the legend moves to a free corner at each size.
#include <catch2/catch.hpp>

#include <cmath>

#include <QFontMetrics>
#include <qcustomplot.h>

#include "tests/ui/compare/test_compare_fixture.h"
#include "ui/common/plot_style.h"
#include "ui/survival/km_columns.h"
#include "ui/survival/km_corners.h"
#include "ui/survival/km_plot.h"

using namespace ts;

namespace {

// Every shown cell at a multiple of the stride's step and inside the range; every other hidden.
void requireStride(const KmPlotItems& items, int stride) {
    const double step = items.tickTimes[1] - items.tickTimes[0];
    const QCPRange range = items.main->axis(QCPAxis::atBottom)->range();
    for (const auto& group : items.riskCells)
        for (const auto& row : group)
            for (size_t k = 0; k < row.size(); ++k) {
                INFO("column " << k);
                CHECK(row[k]->visible() ==
                      (k % static_cast<size_t>(stride) == 0 && range.contains(items.tickTimes[k])));
            }
    // The tick labels: every drawn tick is a shown column's time.
    QVector<double> ticks;
    QVector<QString> labels;
    items.main->axis(QCPAxis::atBottom)->ticker()->generate(range, QLocale(), 'g', 6, ticks, nullptr, &labels);
    for (double t : ticks) CHECK(std::fmod(std::abs(t), step * stride) < 1e-9);
}

// Overall survival of a sample trial, by treatment (the application made first).
SurvivalReport overallSurvival(const char* trial) {
    test::application();
    SurvivalOptions os;
    os.endpoint = "OS";
    return analyseSurvival(*test::sampleTrial(trial), os);
}

}  // namespace

TEST_CASE("narrow survival plots show every k-th column, wide or zoomed ones every column", "[ui][km][columns]") {
    test::application();
    QCustomPlot plot;
    SurvivalOptions os;
    os.endpoint = "OS";
    os.times = {0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132};
    const SurvivalReport report = analyseSurvival(*test::sampleTrial("li2023"), os);
    KmPlotOptions o;
    o.riskTableFull = false;
    const KmPlotItems items = KmPlot::render(&plot, report, o, PlotStyle::light());
    const double step = 12;
    plot.show();  // a hidden widget gets its resize events (and QCustomPlot its viewport) only when shown

    plot.resize(1400, 700);
    plot.replot();
    CHECK(kmColumnStride(items.main, step) == 1);
    requireStride(items, 1);

    plot.resize(330, 500);  // 12 columns of up to three digits in ~250 px
    plot.replot();
    const int narrow = kmColumnStride(items.main, step);
    CHECK(narrow > 1);
    requireStride(items, narrow);
    // The shown numbers keep a digit's width between them.
    const QFontMetrics metrics(items.riskCells[0][0][0]->font());
    const double spacing = items.main->axis(QCPAxis::atBottom)->coordToPixel(step * narrow) -
                           items.main->axis(QCPAxis::atBottom)->coordToPixel(0);
    CHECK(spacing >= metrics.horizontalAdvance(QStringLiteral("1650")));

    // Zooming in to two years at the same width: every column again.
    plot.xAxis->setRange(0, 24.5);
    plot.replot();
    CHECK(kmColumnStride(items.main, step) == 1);
    requireStride(items, 1);
}

TEST_CASE("the legend takes a corner free of curves at the size it is drawn", "[ui][km][columns]") {
    const SurvivalReport report = overallSurvival("li2023");
    QCustomPlot plot;
    const KmPlotItems items = KmPlot::render(&plot, report, {}, PlotStyle::light());
    plot.show();
    // 360x420 and 450x330: the corner chosen before layout (for a legend of a fixed share of the
    // rect) puts it on a curve.
    for (QSize size : {QSize(1200, 800), QSize(480, 360), QSize(360, 420), QSize(450, 330), QSize(700, 330)}) {
        plot.resize(size);
        plot.replot();
        INFO(size.width() << "x" << size.height());
        const QRectF legend = plot.legend->outerRect();
        REQUIRE(
            QRectF(items.main->rect()).adjusted(-1, -1, 1, 1).contains(legend));  // QCustomPlot insets round outward
        // No point of either curve (every step's corner, in pixels) inside the legend.
        int inside = 0;
        for (const KmCurveItems& c : items.curves)
            for (auto it = c.curve->data()->constBegin(); it != c.curve->data()->constEnd(); ++it)
                inside +=
                    legend.contains(QPointF(plot.xAxis->coordToPixel(it->key), plot.yAxis->coordToPixel(it->value)));
        CHECK(inside == 0);
    }
}

TEST_CASE("a legend too large for the plot gives way to the risk table's names in their colours", "[ui][km][legend]") {
    test::application();
    const auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    SurvivalOptions os;
    os.endpoint = "OS";
    const SurvivalReport report = analyseSurvival(*pilot, os);  // three arms with long names
    REQUIRE(report.groups.size() >= 3);
    QCustomPlot plot;
    const KmPlotItems items = KmPlot::render(&plot, report, {}, PlotStyle::light());
    plot.show();
    // Each shown group's name in the table, in the colour of its numbers.
    for (std::size_t g = 0; g < report.groups.size(); ++g) {
        const QString name = QString::fromStdString(report.groups[g].name);
        const QColor colour = items.riskCells[g][0].front()->color();
        int found = 0;
        for (int i = 0; i < plot.itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)); text && text->text() == name)
                found += text->color() == colour;
        INFO(name.toStdString());
        CHECK(found == 1);
    }
    // 400 x 300: the legend of three "Xanomeline ..." entries would take most of the plot (it ran
    // past the figure's edge in a single-column export); 1600 x 1000: room for it.
    for (const auto& [size, shown] : {std::pair{QSize(400, 300), false}, std::pair{QSize(1600, 1000), true}}) {
        plot.resize(size);
        plot.replot();
        INFO(size.width() << "x" << size.height());
        CHECK(plot.legend->visible() == shown);
        if (shown) CHECK(QRectF(items.main->rect()).adjusted(-1, -1, 1, 1).contains(plot.legend->outerRect()));
    }
}

TEST_CASE("an exported figure's legend covers no curve or band, or gives way to the risk table", "[ui][km][legend]") {
    const SurvivalReport report = overallSurvival("li2023");
    // 450 x 300, a small figure: the SCT band fills the top right, the curves the rest.
    for (const bool exported : {true, false}) {
        QCustomPlot plot;
        if (exported) setFigureFontScale(&plot, 1.0);  // what FigureStyler marks while it exports
        const KmPlotItems items = KmPlot::render(&plot, report, {}, PlotStyle::light());
        plot.show();
        plot.resize(450, 300);
        plot.replot();
        INFO((exported ? "exported" : "on screen"));
        // Exported, no corner is clear: the legend is left out (the table names each arm in its
        // colour). On screen it is the control that hides an arm, and stays where it covers least.
        CHECK(plot.legend->visible() == !exported);
    }
    // At 1200 x 800 a corner clear of curves and bands exists: the exported legend stays, in it.
    QCustomPlot plot;
    setFigureFontScale(&plot, 1.0);
    const KmPlotItems items = KmPlot::render(&plot, report, {}, PlotStyle::light());
    plot.show();
    plot.resize(1200, 800);
    plot.replot();
    REQUIRE(plot.legend->visible());
    const QRectF legend = plot.legend->outerRect();
    int inside = 0;
    for (const KmCurveItems& c : items.curves)
        for (const QCPGraph* graph : {c.curve, c.lower, c.upper})
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                inside +=
                    legend.contains(QPointF(plot.xAxis->coordToPixel(it->key), plot.yAxis->coordToPixel(it->value)));
    CHECK(inside == 0);
}

TEST_CASE("legend and statistics box keep off the axes and their ticks", "[ui][km][legend]") {
    for (const char* trial : {"li2023", "shi2021", "qin2024"}) {
        const SurvivalReport report = overallSurvival(trial);
        QCustomPlot plot;
        const KmPlotItems items = KmPlot::render(&plot, report, {}, PlotStyle::light());
        plot.show();
        for (QSize size : {QSize(1200, 800), QSize(640, 420), QSize(480, 360)}) {
            plot.resize(size);
            plot.replot();
            INFO(trial << " " << size.width() << "x" << size.height());
            // Shi 2021's legend in the bottom-left corner sat on the y axis and its ticks.
            const QRectF inner =
                QRectF(items.main->rect()).adjusted(kCornerGap - 1, kCornerGap - 1, 1 - kCornerGap, 1 - kCornerGap);
            if (plot.legend->visible()) CHECK(inner.contains(plot.legend->outerRect()));
            const QCPItemText* box = items.statsBox;
            if (box->visible())
                CHECK(inner.contains(QRectF(box->topLeft->pixelPosition(), box->bottomRight->pixelPosition())));
        }
    }
}

TEST_CASE("a long title wraps to the figure's width", "[ui][km]") {
    const SurvivalReport report = overallSurvival("li2023");
    KmPlotOptions o;
    o.title = "Progression to plasma-cell malignancy by actual treatment, death as competing event";
    QCustomPlot plot;
    KmPlot::render(&plot, report, o, PlotStyle::light());
    plot.show();
    auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    REQUIRE(title);
    for (const int width : {1400, 500}) {
        plot.resize(width, 500);
        plot.replot();
        INFO(width);
        const QFontMetrics metrics(title->font());
        for (const QString& line : title->text().split('\n')) CHECK(metrics.horizontalAdvance(line) <= width);
        CHECK(title->text().contains('\n') == (width < 1000));  // cut at both edges before
    }
}

TEST_CASE("the survival axis label runs no higher than the plot", "[ui][km]") {
    const SurvivalReport report = overallSurvival("li2023");
    QCustomPlot plot;
    KmPlotOptions o;
    o.title = QStringLiteral("Overall survival by actual treatment");
    const KmPlotItems items = KmPlot::render(&plot, report, o, PlotStyle::light());
    plot.show();
    // 420 x 300 with the risk table: "Survival probability" ran up into the title.
    for (const auto& [size, label] :
         {std::pair{QSize(420, 300), "Survival"}, std::pair{QSize(1200, 800), "Survival probability"}}) {
        plot.resize(size);
        plot.replot();
        INFO(size.width() << "x" << size.height());
        CHECK(plot.yAxis->label() == QString::fromLatin1(label));
        // Centred on the plot, it stays under the title.
        const double top = items.main->rect().center().y() -
                           QFontMetrics(plot.yAxis->labelFont()).horizontalAdvance(plot.yAxis->label()) / 2.0;
        CHECK(top >= plot.plotLayout()->element(0, 0)->rect().bottom());  // row 0: the title
    }
}
