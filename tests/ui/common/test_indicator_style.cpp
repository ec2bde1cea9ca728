// Dark theme: an unchecked check box must be visible (issue 20: Fusion outlines it darker than the
// dark window). The indicator's edge is measured against the window for the WCAG 3:1 control contrast.
#include <catch2/catch.hpp>

#include <cmath>

#include <QCheckBox>
#include <QStyle>
#include <QStyleOptionButton>

#include "tests/ui/view_fixture.h"
#include "ui/common/contrast.h"
#include "ui/common/plot_style.h"

using namespace ts;

namespace {

// The highest contrast against the window along the indicator's left edge.
double edgeContrast(QCheckBox& box) {
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QImage image = box.grab().toImage();
    const QColor window = box.palette().color(QPalette::Window);
    double best = 1;
    for (int y = indicator.top() + 2; y < indicator.bottom() - 1; ++y)
        for (int x = indicator.left(); x <= indicator.left() + 1; ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), window));
    return best;
}

}  // namespace

TEST_CASE("dark theme: an unchecked check box stands out from the window (3:1)", "[common][theme]") {
    test::application();
    PlotStyle::setTheme(PlotStyle::Theme::Dark);
    QCheckBox box(QStringLiteral("By grade"));
    box.setChecked(false);
    box.resize(box.sizeHint());
    CHECK(edgeContrast(box) >= 3.0);  // Fusion alone: about 1.2
    PlotStyle::setTheme(PlotStyle::Theme::Light);
}
