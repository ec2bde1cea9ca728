// showPlotMessage (ui/common/live_plot.h): a view's message in place of its figure, wrapped to the
// plot's width (the Liver tab's "eDISH needs ALT or AST with bilirubin..." for Shi 2021 was one line
// cut on both sides at 1600 x 1000).
#include <catch2/catch.hpp>

#include <QFontMetrics>
#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "ui/common/live_plot.h"
#include "ui/common/plot_style.h"

using namespace ts;

TEST_CASE("showPlotMessage wraps a long message to the plot's width", "[common]") {
    test::application();
    QCustomPlot plot;
    plot.resize(700, 400);
    plot.show();
    const QString message = QStringLiteral(
        "SHI2021's subject-level labs are ALB, PTA, CHE, TBIL: eDISH needs ALT or AST with bilirubin. If they "
        "are recorded under other codes, map them with Tests...");
    showPlotMessage(&plot, message, PlotStyle::light());
    REQUIRE(plot.plotLayout()->elementCount() == 1);
    auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(0));
    REQUIRE(text);
    CHECK(text->text().contains(QLatin1Char('\n')));
    CHECK(QString(text->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')) == message);  // every word kept
    const QFontMetrics metrics(PlotStyle::light().titleFont);
    for (const QString& line : text->text().split(QLatin1Char('\n'))) CHECK(metrics.horizontalAdvance(line) <= 700);
}
