// Figure text wrapped to the figure (ui/common/text_wrap.h): a footnote set for the window keeps
// within a narrower figure's width after the layout (an export at 60 mm cut "Research Square
// preprint" at the edge), and takes one line again when the figure widens.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontMetrics>
#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "ui/common/text_wrap.h"

using namespace ts;

namespace {

int widestLine(const QCPTextElement& element) {
    int widest = 0;
    const QFontMetrics metrics(element.font());
    for (const QString& line : element.text().split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

}  // namespace

TEST_CASE("keepWrapped: a footnote wraps to the figure's width at every layout", "[ui][figure]") {
    test::application();
    QCustomPlot plot;
    plot.show();  // a hidden widget gets its resize event only when shown
    plot.resize(1200, 400);
    QApplication::processEvents();
    auto* foot = new QCPTextElement(&plot, QString(), QFont(QStringLiteral("DejaVu Sans"), 9));
    plot.plotLayout()->addElement(1, 0, foot);
    const QString text = QStringLiteral(
        "Data: reconstructed \u00b7 Qin X, et al. Research Square preprint 2024, doi:10.21203/rs.3.rs-0000000/v1");
    keepWrapped(foot, text, 60, 200);
    plot.replot();
    CHECK_FALSE(foot->text().contains(QLatin1Char('\n')));  // one line in 1200 px
    for (int width : {400, 230}) {
        plot.resize(width, 400);
        QApplication::processEvents();
        plot.replot();
        INFO(width << " px: " << foot->text().toStdString());
        CHECK(foot->text().contains(QLatin1Char('\n')));
        CHECK(widestLine(*foot) <= foot->outerRect().width());
        CHECK(QString(foot->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')) == text);
    }
    plot.resize(1200, 400);
    QApplication::processEvents();
    plot.replot();
    CHECK_FALSE(foot->text().contains(QLatin1Char('\n')));
}
