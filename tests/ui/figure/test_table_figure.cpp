// TableFigure (ui/figure/table_figure.h): a long cell wraps once and its second line keeps the
// first's indentation (a level under its characteristic, as Table 1's "AMERICAN INDIAN OR ALASKA
// NATIVE" under Race); a title longer than the figure is wide wraps (the Liver tab's shift table
// names its parameter in full).
#include <catch2/catch.hpp>

#include <QStandardItemModel>
#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "ui/figure/table_figure.h"

using namespace ts;

namespace {

QStringList cellTexts(QCustomPlot& plot) {
    QStringList out;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(plot.item(i))) out << t->text();
    return out;
}

}  // namespace

TEST_CASE("TableFigure: wrapped cells keep their indentation; a long title wraps", "[ui][figure]") {
    test::application();
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Characteristic"), QStringLiteral("Placebo")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("Race")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("    AMERICAN INDIAN OR ALASKA NATIVE")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("0 (0.0%)")));
    QCustomPlot plot;
    plot.resize(320, 400);
    const QString title = QStringLiteral(
        "CDISCPILOT01: shift from baseline to the worst post-baseline value, Alanine Aminotransferase (U/L)");
    TableFigure::render(&plot, model, title, QString());
    CHECK(cellTexts(plot).contains(QStringLiteral("    AMERICAN INDIAN\n    OR ALASKA NATIVE")));
    auto* heading = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    REQUIRE(heading);
    CHECK(heading->text().contains(QLatin1Char('\n')));
    CHECK(QString(heading->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')) == title);
}
