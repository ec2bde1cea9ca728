// TableFigure (ui/figure/table_figure.h): a long cell wraps once and its second line keeps the
// first's indentation (a level under its characteristic, as Table 1's "AMERICAN INDIAN OR ALASKA
// NATIVE" under Race); a title longer than the figure is wide wraps (the Liver tab's shift table
// names its parameter in full).
#include <catch2/catch.hpp>

#include <optional>
#include <tuple>

#include <QPixmap>
#include <QStandardItemModel>
#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "ui/figure/figure_options.h"
#include "ui/figure/figure_styler.h"
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

    // A long footnote wraps to the figure too, as laid out: it was one line past the right edge.
    const QString note = QStringLiteral(
        "Data: reconstructed \u00b7 Shi M, Li YY, Xu RN, et al. Mesenchymal stem cell "
        "therapy in decompensated liver cirrhosis. Hepatol Int 2021");
    TableFigure::render(&plot, model, title, note);
    plot.replot();
    QCPTextElement* foot = nullptr;
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
        if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
            if (text->text().startsWith(QStringLiteral("Data:"))) foot = text;
    REQUIRE(foot);
    CHECK(QString(foot->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')) == note);
    for (const QString& line : foot->text().split(QLatin1Char('\n')))
        CHECK(QFontMetrics(foot->font()).horizontalAdvance(line) <= plot.width());
}

namespace {

// A table of `columns` arm-like columns over `rows` rows, as wide as an AE table of three arms and
// the total.
void fillWide(QStandardItemModel& model, int rows, int columns) {
    model.clear();
    model.setRowCount(rows);
    model.setColumnCount(columns);
    QStringList headers{QStringLiteral("System organ class")};
    for (int c = 1; c < columns; ++c)
        headers << (c % 2 ? QStringLiteral("Xanomeline\nLow Dose\nN = 96\nn (%)") : QStringLiteral("Events"));
    model.setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        model.setItem(r, 0, new QStandardItem(QStringLiteral("GASTROINTESTINAL DISORDERS")));
        for (int c = 1; c < columns; ++c)
            model.setItem(r, c, new QStandardItem(c % 2 ? QStringLiteral("217 (85.4%)") : QStringLiteral("1122")));
    }
}

// The drawn box of every cell of `plot`, as laid out at `size`.
std::vector<QRectF> cellBoxes(QCustomPlot& plot, QSize size) {
    QPixmap scratch(size);
    QCPPainter painter(&scratch);
    plot.toPainter(&painter, size.width(), size.height());
    std::vector<QRectF> out;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(plot.item(i)))
            out.push_back(QRectF(t->topLeft->pixelPosition(), t->bottomRight->pixelPosition()));
    return out;
}

int overlaps(const std::vector<QRectF>& boxes) {
    int n = 0;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j) n += boxes[i].intersects(boxes[j]);
    return n;
}

}  // namespace

TEST_CASE("TableFigure: an export narrower or shorter than the table shrinks its text, no cell over another",
          "[ui][figure]") {
    test::application();
    QCustomPlot plot;
    plot.resize(1400, 900);
    for (const auto& [rows, widthMm, heightMm] : {std::tuple{5, 85.0, 70.0}, std::tuple{40, 180.0, 120.0}}) {
        QStandardItemModel model;
        fillWide(model, rows, 11);
        TableFigure::render(&plot, model, QStringLiteral("Adverse events"), QStringLiteral("Data: original"));
        FigureOptions o;
        o.widthMm = widthMm;
        o.heightMm = heightMm;
        INFO(rows << " rows at " << widthMm << " x " << heightMm << " mm");
        // Before: the cells kept the export's 9 pt whatever the width (the columns drawn over each
        // other at 85 mm, the rows squeezed over each other in 120 mm).
        const std::optional<TableMeasure> m = TableFigure::measure(plot.axisRect());
        REQUIRE(m);
        const QSize pane = o.logicalSize();
        std::vector<QRectF> boxes;
        {
            const FigureStyler styler(&plot, o, PlotStyle::current(), pane);
            boxes = cellBoxes(plot, pane);
        }
        REQUIRE(boxes.size() == static_cast<std::size_t>((rows + 1) * 11));
        CHECK(overlaps(boxes) == 0);
        for (const QRectF& b : boxes)
            CHECK((b.left() >= 0 && b.right() <= pane.width() && b.bottom() <= pane.height()));
    }
}
