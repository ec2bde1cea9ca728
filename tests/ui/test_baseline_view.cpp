// Baseline ("Table 1"): BaselineTableModel lays a BaselineReport out by group with N in the
// headers, indented levels, formatted p-values; BaselineView shows the service layer's report.
#include <catch2/catch.hpp>

#include <QTableView>

#include "tests/ui/view_fixture.h"
#include "ui/baseline_table_model.h"
#include "ui/baseline_view.h"

using namespace ts;

namespace {

BaselineReport baselineReport() {
    BaselineReport r;
    r.groups = {"Placebo", "Drug"};
    r.groupN = {86, 84};
    r.lines = {{"AGE", "Age, years", false, {"75.2 ± 8.6", "74.4 ± 7.9"}, 0.593, "Welch t"},
               {"SEX", "Sex", true, {"", ""}, 0.0004, "chi-square"},
               {"SEX: F", "F", false, {"53 (61.6%)", "40 (47.6%)"}, std::nullopt, ""}};
    return r;
}

}  // namespace

TEST_CASE("BaselineTableModel: groups with N, indented levels, p and test", "[baseline]") {
    test::application();
    BaselineTableModel model;
    model.setReport(baselineReport());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\n(N=86)");
    CHECK(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == "p-value");
    CHECK(model.index(0, 0).data().toString() == "Age, years");
    CHECK(model.index(0, 2).data().toString() == "74.4 ± 7.9");
    CHECK(model.index(0, 3).data().toString() == "0.593");
    CHECK(model.index(1, 3).data().toString() == "<0.001");
    CHECK(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(2, 0).data().toString() == "    F");
    CHECK(model.index(2, 3).data().toString().isEmpty());
    CHECK(model.index(0, 4).data().toString() == "Welch t");
}
