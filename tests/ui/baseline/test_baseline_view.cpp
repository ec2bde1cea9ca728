// Baseline ("Table 1"): BaselineTableModel lays a BaselineReport out by group with N in the
// headers, indented levels, formatted p-values; BaselineView shows the service layer's report.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QTableView>
#include <QTest>

#include "tests/ui/table_page_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/baseline/baseline_table_model.h"
#include "ui/baseline/baseline_view.h"

using namespace ts;

namespace {

BaselineReport baselineReport() {
    BaselineReport r;
    r.groups = {"Placebo", "Drug"};
    r.groupN = {86, 84};
    r.lines = {{"AGE", "Age, years", false, {"75.2 ± 8.6", "74.4 ± 7.9"}, "", 0.593, "Welch t"},
               {"SEX", "Sex", true, {"", ""}, "", 0.0004, "chi-square"},
               {"SEX: F", "F", false, {"53 (61.6%)", "40 (47.6%)"}, "", std::nullopt, ""}};
    return r;
}

}  // namespace

TEST_CASE("BaselineTableModel: groups with N, indented levels, p and test", "[baseline]") {
    test::application();
    BaselineTableModel model;
    model.setReport(baselineReport());
    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == 5);
    CHECK(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\nN = 86");
    CHECK(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == "p-value");
    CHECK(model.index(0, 0).data().toString() == "Age, years");
    CHECK(model.index(0, 2).data().toString() == "74.4 ± 7.9");
    CHECK(model.index(0, 3).data().toString() == "0.593");
    CHECK(model.index(1, 3).data().toString() == "<0.001");
    CHECK(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(2, 0).data().toString() == "    F");
    CHECK(model.index(2, 3).data().toString().isEmpty());
    CHECK(model.index(0, 4).data().toString() == "Welch t");
    CHECK(model.totalColumn() == -1);  // a report without a total (published, or one group)
}

TEST_CASE("BaselineTableModel: the total column sits between the groups and the p-value", "[baseline]") {
    test::application();
    BaselineReport r = baselineReport();
    r.totalN = 170;
    r.lines[0].total = "74.8 ± 8.3";
    r.lines[2].total = "93 (54.7%)";
    BaselineTableModel model;
    model.setReport(r);
    REQUIRE(model.columnCount() == 6);  // characteristic, 2 groups, total, p, test
    CHECK(model.totalColumn() == 3);
    CHECK(model.pColumn() == 4);
    CHECK(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 170");
    CHECK(model.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == "p-value");
    CHECK(model.headerData(5, Qt::Horizontal, Qt::DisplayRole).toString() == "Test");
    CHECK(model.index(0, 3).data().toString() == "74.8 ± 8.3");
    CHECK(model.index(1, 3).data().toString().isEmpty());  // a title line
    CHECK(model.index(2, 3).data().toString() == "93 (54.7%)");
    CHECK(model.index(1, 4).data().toString() == "<0.001");
}

TEST_CASE("BaselineView: CDISC pilot Table 1 by treatment", "[baseline][view][pilot]") {
    test::application();
    const auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    BaselineView view;
    REQUIRE(test::showStudy(view, pilot, {1100, 700}));
    const QAbstractItemModel& m = *view.tableModel();
    REQUIRE(m.columnCount() == 3 + 4);  // characteristic, 3 arms, total, p, test
    // No ITTFL in the pilot ADSL: the safety population by default.
    // R: table(adsl$TRT01A[adsl$SAFFL == "Y"]) -> Placebo 86, Xanomeline High Dose 72, Low Dose 96
    CHECK(m.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == "Placebo\nN = 86");
    CHECK(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Xanomeline\nLow Dose\nN = 96");
    CHECK(m.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString() == "Xanomeline\nHigh Dose\nN = 72");
    CHECK(m.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == "Total\nN = 254");
    int age = -1;
    for (int r = m.rowCount() - 1; r >= 0; --r)
        if (m.index(r, 0).data().toString().startsWith("Age", Qt::CaseInsensitive)) age = r;
    REQUIRE(age >= 0);
    // Readable labels instead of ADSL names; the unit from AGEU ("YEARS").
    CHECK(m.index(age, 0).data().toString() == "Age (years)");
    QStringList titles;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, 0).data(Qt::FontRole).value<QFont>().bold()) titles << m.index(r, 0).data().toString();
    // The XPT files' labels (R: attr(haven::read_xpt("adsl.xpt")$AGEGR1, "label")).
    CHECK(titles == QStringList{"Pooled Age Group 1", "Sex", "Race", "Ethnicity"});
    INFO(m.index(age, 0).data().toString().toStdString() << ": " << m.index(age, 1).data().toString().toStdString());
    // R: tapply(AGE, TRT01A, mean) / sd: Placebo 75.2093023255814 (8.59016712714193)
    CHECK(m.index(age, 1).data().toString().contains("75.2"));
    CHECK(m.index(age, 1).data().toString().contains("8.6"));
    CHECK_FALSE(m.index(age, 5).data().toString().isEmpty());  // a p-value
    // The total column, tests/reference/cdisc_baseline_total.txt: AGE mean 75.0866 sd 8.2462;
    // SEX F 143 of 254 (56.30%); AGEGR1 >64 221 (87.01%).
    CHECK(m.index(age, 4).data().toString() == QString::fromUtf8("75.1 ± 8.2"));
    auto level = [&m](const QString& name) {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, 0).data().toString().trimmed() == name) return m.index(r, 4).data().toString();
        return QString();
    };
    CHECK(level("F") == "143 (56.3%)");
    CHECK(level(">64") == "221 (87.0%)");
}

TEST_CASE("BaselineView: published baseline table of a sample trial (shi2021)", "[baseline][view][samples]") {
    test::application();
    const auto study = test::sampleStudy("shi2021");
    REQUIRE(study);
    BaselineView view;
    QSignalSpy shown(&view, &BaselineView::reportShown);
    view.setStudy(study);
    REQUIRE(shown.wait(30000));
    const QAbstractItemModel& m = *view.tableModel();
    CHECK(m.rowCount() > 0);
    CHECK(m.columnCount() >= 4);
    // A published table keeps the paper's columns: no total is made up from the arms' cells.
    CHECK(static_cast<const BaselineTableModel&>(m).totalColumn() == -1);
    // Every cell on screen is a cell of the report.
    const auto& report = static_cast<const BaselineTableModel&>(m).report();
    for (int r = 0; r < m.rowCount(); ++r)
        for (int g = 0; g < static_cast<int>(report.groups.size()); ++g)
            CHECK(m.index(r, g + 1).data().toString().toStdString() ==
                  (static_cast<std::size_t>(g) < report.lines[static_cast<std::size_t>(r)].cells.size()
                       ? report.lines[static_cast<std::size_t>(r)].cells[static_cast<std::size_t>(g)]
                       : std::string()));
}

TEST_CASE("BaselineView: the published Table 1 beside partial subject-level data", "[baseline][view][samples]") {
    test::application();
    BaselineView view;
    view.show();
    QSignalSpy shown(&view, &BaselineView::reportShown);
    view.setStudy(test::sampleStudy("shi2021"));
    REQUIRE(shown.wait(30000));
    // Shi 2021 holds a reconstructed ADSL (sex only) and the paper's Table 1: the Data box offers
    // both, the published table first. Failed on the old code, which showed the Sex rows alone.
    auto* box = view.findChild<QComboBox*>(QStringLiteral("dataSource"));
    REQUIRE(box);
    CHECK(box->isVisible());
    const auto& published = static_cast<const BaselineTableModel&>(*view.tableModel()).report();
    CHECK(published.provenance == Provenance::PublishedAggregate);
    // One line per characteristic with every arm's cell and the p (the CSV has a row per cell):
    // baseline.csv orders 1-3, UC-MSC 48.0 (21–65), Control 47.0 (19–65), p 0.411.
    const BaselineLine& age = published.lines.front();
    CHECK(age.label == "Age (years), median (range)");
    REQUIRE(age.cells.size() == 2);
    CHECK(age.cells[0] == "48.0 (21\u201365)");
    CHECK(age.cells[1] == "47.0 (19\u201365)");
    REQUIRE(age.pValue);
    CHECK(*age.pValue == 0.411);
    CHECK(published.lines[1].label == "Gender (male/female)");
    CHECK(view.dataStatement().startsWith(QStringLiteral("Data: published-aggregate")));
    box->setCurrentIndex(1);  // patient-level records
    REQUIRE(shown.wait(30000));
    const auto& subjects = static_cast<const BaselineTableModel&>(*view.tableModel()).report();
    CHECK(subjects.provenance == Provenance::Reconstructed);
    CHECK(view.dataStatement().startsWith(QStringLiteral("Data: reconstructed")));
    // The pilot has no published table: no box.
    view.setStudy(test::pilotStudy());
    REQUIRE(shown.wait(30000));
    CHECK_FALSE(box->isVisible());
}

TEST_CASE("BaselineView: an ADSL without characteristics says so instead of an empty table",
          "[baseline][view][samples]") {
    test::application();
    BaselineView view;
    view.show();
    view.setStudy(test::sampleStudy("qin2024"));
    REQUIRE(QTest::qWaitFor([&view] { return !view.message().isEmpty(); }, 30000));
    CHECK(view.message().contains(QStringLiteral("QIN2024's ADSL has no baseline characteristics")));
    CHECK_FALSE(view.table()->isVisible());
}

TEST_CASE("BaselineView screenshots", "[.screenshots]") {
    test::application();
    BaselineView view;
    view.resize(1200, 700);
    view.show();
    QSignalSpy shown(&view, &BaselineView::reportShown);
    view.setStudy(test::pilotStudy());
    REQUIRE(shown.wait(30000));
    test::screenshot(view, "baseline_cdiscpilot01");
    for (const char* name : {"shi2021", "li2023"}) {
        view.setStudy(test::sampleStudy(name));
        REQUIRE(shown.wait(30000));
        test::screenshot(view, QStringLiteral("baseline_%1").arg(name));
    }
}
