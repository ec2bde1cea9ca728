// FlowLayout folds a control bar onto more lines instead of widening the window.
#include <catch2/catch.hpp>

#include <QWidget>

#include "tests/ui/view_fixture.h"
#include "ui/common/flow_layout.h"
#include "ui/labs/labs_view.h"
#include "ui/survival/survival_view.h"

using namespace ts;

TEST_CASE("FlowLayout places items left to right and wraps when the next one does not fit", "[ui][layout]") {
    test::application();
    QWidget bar;
    auto* flow = new FlowLayout(&bar);
    flow->setSpacing(6);
    std::vector<QWidget*> items;
    for (int i = 0; i < 5; ++i) {
        auto* w = new QWidget(&bar);
        w->setFixedSize(100, i == 1 ? 30 : 20);  // the second item is taller: its line is 30 high
        flow->addWidget(w);
        items.push_back(w);
    }
    // Wide: one line, 5 x 100 + 4 x 6.
    CHECK(flow->sizeHint() == QSize(524, 30));
    CHECK(flow->heightForWidth(1000) == 30);
    // 250 px: two items per line (206 px), three lines: 30 + 6 + 20 + 6 + 20.
    CHECK(flow->heightForWidth(250) == 82);
    flow->setGeometry(QRect(0, 0, 250, 82));
    CHECK(items[0]->geometry() == QRect(0, 5, 100, 20));  // centred on the 30 px line
    CHECK(items[1]->geometry() == QRect(106, 0, 100, 30));
    CHECK(items[2]->geometry() == QRect(0, 36, 100, 20));
    CHECK(items[4]->geometry() == QRect(0, 62, 100, 20));
    // Never narrower than its widest item.
    CHECK(flow->minimumSize() == QSize(100, 30));
}

TEST_CASE("Survival and labs views fit beside the library on a 1366 px laptop screen", "[ui][layout]") {
    test::application();
    // 1366 px less the library dock (about 450 px): the views' control bars fold instead.
    SurvivalView survival;
    LabsView labs;
    CHECK(survival.minimumSizeHint().width() <= 900);
    CHECK(labs.minimumSizeHint().width() <= 900);
}
