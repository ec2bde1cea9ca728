// Export in the dark theme: the survival view of Shi 2021 shown dark goes to the file in the
// light (paper) colours, white background and dark text, and is dark on screen again afterwards.
#include <catch2/catch.hpp>

#include <qcustomplot.h>

#include "tests/ui/figure/test_export_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/figure/figure_exporter.h"
#include "ui/survival/survival_view.h"

using namespace ts;

namespace {

struct DarkTheme {
    DarkTheme() { PlotStyle::setTheme(PlotStyle::Theme::Dark); }
    ~DarkTheme() { PlotStyle::setTheme(PlotStyle::Theme::Light); }
};

}  // namespace

TEST_CASE("a figure exported in the dark theme comes out in paper colours; the screen stays dark", "[ui][export]") {
    test::application();
    SurvivalView view;
    view.resize(1000, 700);
    view.show();
    view.setStudy(test::sampleStudy("shi2021"));
    REQUIRE(test::waitShown(view));
    const DarkTheme dark;
    QApplication::processEvents();  // the palette change redraws the view in the dark style
    QCustomPlot* plot = view.plot();
    const PlotStyle& d = PlotStyle::dark();
    REQUIRE(plot->xAxis->labelColor() == d.foreground);
    const QColor legendText = plot->legend->textColor();
    const QPen curvePen = plot->graph(0)->pen();

    FigureOptions o = presetOptions(FigurePreset::DoubleColumn);
    o.dpi = 100;
    const QImage image = FigureExporter({plot}).toImage(o);
    REQUIRE(image.size() == o.pixelSize());
    // Paper: white corners; the x-axis label and tick labels between the main axis rect and the
    // risk table (the layout toImage left) drawn in dark ink, and no dark-theme background anywhere.
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
    CHECK(image.pixelColor(image.width() - 3, image.height() - 3) == QColor(Qt::white));
    const double scale = o.dpi / FigureOptions::kLogicalDpi;
    QCPAxisRect* main = plot->axisRect(0);
    const QRect labels(QPoint(main->left(), main->bottom() + 2) * scale,
                       QPoint(main->right(), plot->axisRect(1)->top() - 2) * scale);
    REQUIRE(labels.height() > 10);
    CHECK(test::darkest(image, labels) < 0x50);  // light theme foreground 0x202020, antialiased
    int darkBackground = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) darkBackground += image.pixelColor(x, y).rgb() == d.background.rgb();
    CHECK(darkBackground == 0);
    // The on-screen plot got every colour back.
    CHECK(plot->xAxis->labelColor() == d.foreground);
    CHECK(plot->xAxis->tickLabelColor() == d.foreground);
    CHECK(plot->legend->textColor() == legendText);
    CHECK(plot->graph(0)->pen() == curvePen);
    QApplication::processEvents();
    const QImage screen = plot->toPixmap().toImage();
    CHECK(screen.pixelColor(2, 2).rgb() == d.background.rgb());
}
