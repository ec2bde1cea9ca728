// PopulationBox (ui/common/population_box.h): the study's flags by their labels, and a box shown
// before its study grows to its longest choice (the Liver tab's cut "Safety Population Flag
// (SAFFL)" to "Safety Popu": its width had been fixed when it was first shown, empty).
#include <catch2/catch.hpp>

#include <QApplication>

#include "tests/ui/view_fixture.h"
#include "ui/common/population_box.h"

using namespace ts;

TEST_CASE("PopulationBox: labelled flags, as wide as the longest", "[ui][population]") {
    test::application();
    PopulationBox box;
    box.show();
    QApplication::processEvents();
    const int empty = box.sizeHint().width();
    StudyInfo info;
    info.populationFlags = {"PSMFL", "SAFFL"};
    info.labels = {{{"ADSL", "SAFFL"}, "Safety Population Flag"}};
    box.setStudy(&info);
    REQUIRE(box.count() == 3);
    CHECK(box.itemText(1) == QStringLiteral("PSMFL"));  // no label of its own, none in the dictionary
    CHECK(box.itemText(2) == QStringLiteral("Safety Population Flag (SAFFL)"));
    CHECK(box.itemData(2).toString() == QStringLiteral("SAFFL"));
    CHECK(box.sizeHint().width() > empty);
    CHECK(box.sizeHint().width() > box.fontMetrics().horizontalAdvance(box.itemText(2)));
}
