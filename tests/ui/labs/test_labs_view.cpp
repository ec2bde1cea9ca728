// Labs: LabPlot draws exactly what a LabReport says (points, error bars, n table aligned to the
// visits, reference band, significance markers, spaghetti, provenance), and LabsView drives the
// service layer off the GUI thread and shows its report.
#include <catch2/catch.hpp>

#include <cmath>

#include <QCheckBox>
#include <qcustomplot.h>

#include "core/analysis/adsl_label.h"
#include "tests/ui/view_fixture.h"
#include "ui/labs/lab_plot.h"
#include "ui/labs/lab_table_model.h"
#include "ui/labs/lab_visits.h"
#include "ui/labs/labs_view.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

template <typename Item>
int countItems(QCustomPlot& plot) {
    int n = 0;
    for (int i = 0; i < plot.itemCount(); ++i) n += qobject_cast<Item*>(plot.item(i)) != nullptr;
    return n;
}

// The footnote's text, its lines (wrapped to the figure's width) joined again.
QString footnote(QCustomPlot& plot) {
    auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(4, 0));
    return text ? text->text().replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString();
}

// A shown LabsView of the CDISC pilot drawing `param`.
struct PilotLabs {
    QApplication& app = test::application();  // before any widget
    LabsView view;
    QSignalSpy shown{&view, &LabsView::reportShown};
    PilotLabs(QSize size, const char* param) {
        view.resize(size);
        view.show();
        view.setStudy(test::pilotStudy());
        REQUIRE(shown.wait(30000));
        REQUIRE(view.setParameter(param));
        REQUIRE(shown.wait(30000));
    }
};

// Draws `report` into a laid-out 900 x 600 plot.
struct Drawn {
    QCustomPlot plot;
    LabPlot figure{&plot};
    explicit Drawn(const LabReport& report, LabPlotOptions options = {}) {
        test::application();
        plot.resize(900, 600);
        figure.draw(report, options);
        plot.replot();
    }
};

}  // namespace

TEST_CASE("LabPlot: one graph per group whose points are the report centres", "[labs]") {
    const LabReport report = test::labReport();
    Drawn d(report);
    REQUIRE(d.figure.visits() == std::vector<QString>{"Baseline", "Week 2", "Week 4"});
    for (int g = 0; g < 2; ++g) {
        QCPGraph* graph = d.figure.groupGraph(g);
        REQUIRE(graph);
        CHECK(graph->name() == QString::fromStdString(report.groups[static_cast<std::size_t>(g)].name));
        REQUIRE(graph->dataCount() == 3);
        for (int i = 0; i < 3; ++i) {
            const LabPoint& p = report.groups[static_cast<std::size_t>(g)].points[static_cast<std::size_t>(i)];
            CHECK_THAT(graph->data()->at(i)->value, WithinRel(*p.center, 1e-12));
            CHECK_THAT(graph->data()->at(i)->key, WithinAbs(d.figure.visitKey(i, g), 1e-12));
        }
    }
    // Dodged: the two groups sit on either side of the visit, never on the neighbour's position.
    CHECK(d.figure.visitKey(1, 0) < 1.0);
    CHECK(d.figure.visitKey(1, 1) > 1.0);
    CHECK(d.figure.visitKey(1, 1) - d.figure.visitKey(1, 0) < 0.5);
}

TEST_CASE("LabPlot: error bars span lower..upper, a missing bound draws nothing", "[labs]") {
    const LabReport report = test::labReport();
    Drawn d(report);
    QCPErrorBars* drug = d.figure.groupBars(1);
    REQUIRE(drug);
    REQUIRE(drug->dataCount() == 3);
    CHECK_THAT(drug->data()->at(2).errorMinus, WithinRel(35.5 - 28.5, 1e-12));
    CHECK_THAT(drug->data()->at(2).errorPlus, WithinRel(42.5 - 35.5, 1e-12));
    QCPErrorBars* placebo = d.figure.groupBars(0);
    CHECK(std::isnan(placebo->data()->at(2).errorMinus));  // Week 4 placebo: no lower bound
    CHECK_THAT(placebo->data()->at(2).errorPlus, WithinRel(29.0 - 22.0, 1e-12));
}

TEST_CASE("LabPlot: the n table lists n per group per visit under its visit", "[labs]") {
    const LabReport report = test::labReport();
    Drawn d(report);
    const auto& cells = d.figure.tableCells();
    REQUIRE(cells.size() == 6);
    const char* expected[] = {"30", "28", "25", "31", "27", "24"};
    for (std::size_t i = 0; i < cells.size(); ++i) {
        CHECK(cells[i]->text() == expected[i]);
        CHECK_THAT(cells[i]->position->coords().x(), WithinAbs(static_cast<double>(i % 3), 1e-12));
        CHECK_THAT(cells[i]->position->coords().y(), WithinAbs(static_cast<double>(i / 3), 1e-12));
    }
}

TEST_CASE("LabPlot: a group without values has no row in the n table", "[labs]") {
    // The pilot's Screen Failure arm has no lab values in any population: it had an empty row.
    LabReport report = test::labReport();
    report.groups.insert(report.groups.begin(), LabGroup{"Screen Failure", "#999999", {}});
    Drawn d(report);
    auto names = qSharedPointerCast<QCPAxisTickerText>(d.figure.tableRect()->axis(QCPAxis::atLeft)->ticker());
    CHECK(names->ticks().values() ==
          QList<QString>{QString::fromStdString(report.groups[1].name), QString::fromStdString(report.groups[2].name)});
    CHECK(d.figure.tableRect()->axis(QCPAxis::atLeft)->range().upper == 1.5);
    const auto& cells = d.figure.tableCells();
    REQUIRE(cells.size() == 6);
    for (std::size_t i = 0; i < cells.size(); ++i)
        CHECK_THAT(cells[i]->position->coords().y(), WithinAbs(static_cast<double>(i / 3), 1e-12));
}

TEST_CASE("LabPlot: the table's x axis follows zoom and pan and stays pixel-aligned", "[labs]") {
    Drawn d(test::labReport());
    QCPAxis* x = d.figure.mainRect()->axis(QCPAxis::atBottom);
    QCPAxis* tx = d.figure.tableRect()->axis(QCPAxis::atBottom);
    CHECK_THAT(x->range().lower, WithinAbs(-0.5, 1e-12));
    CHECK_THAT(x->range().upper, WithinAbs(2.5, 1e-12));
    for (QSize size : {QSize(900, 600), QSize(420, 300), QSize(1600, 900)}) {
        d.plot.resize(size);
        x->setRange(0.3, 1.9);
        d.plot.replot();
        CHECK(tx->range() == x->range());
        for (double key : {0.5, 1.0, 1.5}) CHECK_THAT(tx->coordToPixel(key), WithinAbs(x->coordToPixel(key), 0.5));
    }
    tx->moveRange(0.25);  // panning the table pans the plot
    CHECK_THAT(x->range().lower, WithinAbs(0.55, 1e-12));
    d.figure.resetView();
    CHECK_THAT(x->range().lower, WithinAbs(-0.5, 1e-12));
    CHECK_THAT(tx->range().upper, WithinAbs(2.5, 1e-12));
}

TEST_CASE("LabPlot: y range holds every interval and the reference range", "[labs]") {
    Drawn d(test::labReport());
    const QCPRange y = d.figure.mainRect()->axis(QCPAxis::atLeft)->range();
    CHECK(y.lower <= 6.0);   // refLow
    CHECK(y.upper >= 42.5);  // highest upper bound
    CHECK(y.lower > 0.0);    // and not padded beyond reason
    CHECK(y.upper < 50.0);
}

TEST_CASE("LabPlot: reference band on values, zero line on change", "[labs]") {
    LabReport report = test::labReport();
    {
        Drawn d(report);
        REQUIRE(countItems<QCPItemRect>(d.plot) == 1);
        QCPItemRect* band = nullptr;
        for (int i = 0; i < d.plot.itemCount(); ++i)
            if (auto* r = qobject_cast<QCPItemRect*>(d.plot.item(i))) band = r;
        CHECK_THAT(band->topLeft->coords().y(), WithinAbs(34.0, 1e-12));
        CHECK_THAT(band->bottomRight->coords().y(), WithinAbs(6.0, 1e-12));
        CHECK(countItems<QCPItemStraightLine>(d.plot) == 0);
    }
    {
        Drawn d(report, LabPlotOptions{false, false, true, 1000});
        CHECK(countItems<QCPItemRect>(d.plot) == 0);
    }
    report.refLow.reset();  // ULN only: a dashed line labelled ULN
    {
        Drawn d(report);
        CHECK(countItems<QCPItemRect>(d.plot) == 0);
        CHECK(countItems<QCPItemStraightLine>(d.plot) == 1);
    }
    report.options.scale = LabScale::Change;
    {
        Drawn d(report);
        CHECK(countItems<QCPItemRect>(d.plot) == 0);
        REQUIRE(countItems<QCPItemStraightLine>(d.plot) == 1);
        CHECK(LabPlot::axisTitle(report) == "Change from baseline in ALT (U/L)");
    }
}

TEST_CASE("LabPlot: a star over each visit with p < 0.05, explained in the footnote", "[labs]") {
    Drawn d(test::labReport());
    REQUIRE(d.figure.markers().size() == 1);
    CHECK(d.figure.markers()[0]->text() == "*");
    CHECK_THAT(d.figure.markers()[0]->position->coords().x(), WithinAbs(2.0, 1e-12));
    CHECK(d.figure.markers()[0]->position->typeY() == QCPItemPosition::ptAxisRectRatio);
    CHECK_THAT(d.figure.markers()[0]->position->coords().y(), WithinAbs(0.0, 1e-12));  // top edge
    CHECK(footnote(d.plot).contains("p < 0.05"));
    CHECK(footnote(d.plot).contains("Welch t-test"));
    Drawn off(test::labReport(), LabPlotOptions{false, true, false, 1000});
    CHECK(off.figure.markers().empty());
}

TEST_CASE("LabPlot: the footnote names the test run on the groups that have values at the visit", "[labs]") {
    // Three arms, but at the starred visit only two have values: visitTest ran Welch's t there, not
    // ANOVA (the name once followed the number of arms).
    LabReport report = test::labReport();
    LabGroup third{"High dose", "#009E73", {}};
    third.points = {{"Baseline", 0, {}, 29, 20.5, 15.5, 25.5, 0.8},
                    {"Week 2", 4, {}, 26, 22.0, 17.0, 27.0, 0.3},
                    {"Week 4", 5, {}, 0, std::nullopt, std::nullopt, std::nullopt, 0.01}};
    report.groups.push_back(third);
    Drawn two(report);
    REQUIRE(two.figure.markers().size() == 1);
    CHECK(footnote(two.plot).contains("(Welch t-test)"));
    // With all three at the visit: ANOVA; on medians: Kruskal–Wallis.
    report.groups[2].points[2] = {"Week 4", 5, {}, 20, 30.0, 25.0, 35.0, 0.01};
    Drawn three(report);
    CHECK(footnote(three.plot).contains("(ANOVA)"));
    report.options.summary = LabSummaryKind::MedianIqr;
    Drawn medians(report);
    CHECK(footnote(medians.plot).contains(QString::fromUtf8("(Kruskal\u2013Wallis)")));
}

TEST_CASE("LabPlot: spaghetti lines per group, sampled above the cap", "[labs]") {
    Drawn none(test::labReport());
    CHECK(none.figure.spaghettiDrawn() == 0);
    CHECK(none.plot.plottableCount() == 4);  // 2 graphs + 2 error bars
    Drawn all(test::labReport(), LabPlotOptions{true, true, true, 1000});
    CHECK(all.figure.spaghettiDrawn() == 3);
    CHECK(all.plot.plottableCount() == 6);  // + one curve per group
    QCPCurve* drug = nullptr;
    for (int i = 0; i < all.plot.plottableCount(); ++i)
        if (auto* c = qobject_cast<QCPCurve*>(all.plot.plottable(i))) drug = c;
    REQUIRE(drug);
    // S2 (3 visits) + break + S3 (2 visits) + break
    REQUIRE(drug->dataCount() == 7);
    CHECK_THAT(drug->data()->at(2)->value, WithinAbs(48.0, 1e-12));
    CHECK(std::isnan(drug->data()->at(3)->value));
    CHECK_THAT(drug->data()->at(4)->key, WithinAbs(all.figure.visitKey(0, 1), 1e-12));
    // The y range grows to the highest individual value.
    CHECK(all.figure.mainRect()->axis(QCPAxis::atLeft)->range().upper >= 48.0);
    Drawn capped(test::labReport(), LabPlotOptions{true, true, true, 2});
    CHECK(capped.figure.spaghettiDrawn() == 2);
    CHECK(footnote(capped.plot).contains("2 of 3 patients"));
}

TEST_CASE("LabPlot: hover tooltip names group, visit, mean and n", "[labs]") {
    const LabReport report = test::labReport();
    Drawn d(report);
    QCPAxis* x = d.figure.mainRect()->axis(QCPAxis::atBottom);
    QCPAxis* y = d.figure.mainRect()->axis(QCPAxis::atLeft);
    const QPoint at(qRound(x->coordToPixel(d.figure.visitKey(1, 1))), qRound(y->coordToPixel(26.0)) + 3);
    const QString tip = d.figure.tooltipAt(at);
    CHECK(tip.contains("Drug"));
    CHECK(tip.contains("Week 2"));
    CHECK(tip.contains("Mean 26 U/L"));
    CHECK(tip.contains("n = 27"));
    CHECK(tip.contains("20 to 32"));
    CHECK(d.figure.tooltipAt(at + QPoint(0, 60)).isEmpty());
}

TEST_CASE("LabPlot: published aggregates carry their provenance into the figure", "[labs]") {
    LabReport report = test::labReport();
    report.subjects.clear();
    report.provenance = Provenance::PublishedAggregate;
    report.source = "Table 3";
    Drawn d(report, LabPlotOptions{true, true, true, 1000});
    CHECK(footnote(d.plot).startsWith("Data: published-aggregate (Table 3)"));
    CHECK(d.figure.spaghettiDrawn() == 0);
}

TEST_CASE("LabTableModel: one row per group x visit", "[labs]") {
    LabTableModel model;
    model.setReport(test::labReport());
    REQUIRE(model.rowCount() == 6);
    CHECK(model.columnCount() == LabTableModel::ColumnCount);
    CHECK(model.index(5, LabTableModel::Group).data().toString() == "Drug");
    CHECK(model.index(5, LabTableModel::Visit).data().toString() == "Week 4");
    CHECK(model.index(5, LabTableModel::Center).data().toString() == "35.5");
    CHECK(model.index(2, LabTableModel::Lower).data().toString() == "–");
    CHECK(model.headerData(LabTableModel::Center, Qt::Horizontal, Qt::DisplayRole).toString() == "Mean");
}

TEST_CASE("selectLabVisits: unscheduled, derived and sparse visits are left off the axis", "[labs]") {
    LabReport report = test::labReport();
    auto add = [&](const char* name, double visitn, int n) {
        for (LabGroup& g : report.groups) g.points.push_back({name, visitn, {}, n, 20.0, 15.0, 25.0, std::nullopt});
    };
    add("Unscheduled 1.1", 1.1, 3);
    add("POST-BASELINE MAXIMUM", 9998, 30);
    add("Retrieval", 201, 1);
    const LabVisitSelection all = selectLabVisits(report, false);
    CHECK(all.shown.size() == 6);
    CHECK(all.hidden.empty());
    const LabVisitSelection scheduled = selectLabVisits(report, true);
    REQUIRE(scheduled.shown.size() == 3);
    CHECK(scheduled.shown[1].name == "Week 2");
    CHECK(scheduled.hidden.size() == 3);
    Drawn d(report);
    CHECK(d.figure.visits().size() == 3);
    CHECK(d.figure.groupGraph(0)->dataCount() == 3);
    CHECK(d.figure.tableCells().size() == 6);
    CHECK(footnote(d.plot).contains("not shown: 3 unscheduled or derived visit(s)"));
}

TEST_CASE("LabsView: draws the service layer's report for a study made in code", "[labs][view]") {
    test::application();
    LabsView view;
    view.resize(1000, 700);
    view.show();
    QSignalSpy shown(&view, &LabsView::reportShown);
    view.setStudy(test::smallStudy());
    REQUIRE(shown.wait(20000));
    const LabReport* report = view.report();
    REQUIRE(report);
    CHECK(report->param == "ALT");
    REQUIRE(report->groups.size() == 2);
    CHECK(report->groups[0].name == "Placebo");
    for (int g = 0; g < 2; ++g) {
        const auto& points = report->groups[static_cast<std::size_t>(g)].points;
        QCPGraph* graph = view.figure().groupGraph(g);
        REQUIRE(graph);
        REQUIRE(graph->dataCount() == static_cast<int>(points.size()));
        for (int i = 0; i < graph->dataCount(); ++i)
            CHECK_THAT(graph->data()->at(i)->value, WithinRel(*points[static_cast<std::size_t>(i)].center, 1e-12));
    }
    // Drug patients (ALT 23, 24, 25 at baseline, +3 per visit): mean 30 at the third visit.
    CHECK_THAT(view.figure().groupGraph(1)->data()->at(2)->value, WithinRel(30.0, 1e-12));
    CHECK(view.tableModel()->rowCount() == 6);

    view.setScale(LabScale::Change);
    REQUIRE(shown.wait(20000));
    CHECK(view.figure().mainRect()->axis(QCPAxis::atLeft)->label() == "Change from baseline in ALT (U/L)");
    CHECK_THAT(view.figure().groupGraph(1)->data()->at(2)->value, WithinAbs(6.0, 1e-12));
    CHECK_THAT(view.figure().groupGraph(0)->data()->at(2)->value, WithinAbs(0.0, 1e-12));

    // Keyboard: Right pans, Home resets.
    QCPAxis* x = view.figure().mainRect()->axis(QCPAxis::atBottom);
    const QCPRange home = x->range();
    QTest::keyClick(view.plot(), Qt::Key_Right);
    CHECK(x->range().lower > home.lower);
    QTest::keyClick(view.plot(), Qt::Key_Home);
    CHECK(x->range() == home);
    CHECK_FALSE(view.setParameter("NOPE"));
}

TEST_CASE("LabsView: CDISC pilot ALT by actual treatment", "[labs][view][pilot]") {
    test::application();
    const auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    LabsView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &LabsView::reportShown);
    view.setStudy(pilot);
    REQUIRE(shown.wait(30000));
    if (view.report()->param != "ALT") {
        REQUIRE(view.setParameter("ALT"));
        REQUIRE(shown.wait(30000));
    }
    const LabReport& report = *view.report();
    REQUIRE(report.groups.size() == 3);
    CHECK(report.groups[0].name == "Placebo");
    for (QCheckBox* box : view.findChildren<QCheckBox*>())
        if (box->text() == "Reference range") CHECK(box->isEnabled());  // ALT has ANRLO / ANRHI
    // Scheduled visits only: Baseline, Week 2, 4, 6, 8, 12, 16, 20, 24, 26.
    REQUIRE(view.figure().visits().size() == 10);
    CHECK(view.figure().visits().front() == "Baseline");
    CHECK(view.figure().visits().back() == "Week 26");
    // Every drawn point is the report's centre at that visit, every table cell its n.
    for (int g = 0; g < 3; ++g) {
        QCPGraph* graph = view.figure().groupGraph(g);
        REQUIRE(graph);
        CHECK(graph->dataCount() == 10);
        int i = 0;
        for (const LabPoint& p : report.groups[static_cast<std::size_t>(g)].points) {
            const auto& visits = view.figure().visits();
            const auto at = std::find(visits.begin(), visits.end(), QString::fromStdString(p.visit));
            if (at == visits.end()) continue;
            CHECK_THAT(graph->data()->at(i)->value, WithinRel(*p.center, 1e-12));
            CHECK_THAT(graph->data()->at(i)->key,
                       WithinAbs(view.figure().visitKey(static_cast<int>(at - visits.begin()), g), 1e-12));
            ++i;
        }
    }
    REQUIRE(view.figure().tableCells().size() == 30);
    // R (tests/reference/ui_labs_pilot.R): s <- subset(adlb, PARAMCD == "ALT" & ABLFL == "Y");
    //   tapply(s$AVAL, s$TRTA, length) -> 86, 72, 96;
    //   tapply(s$AVAL, s$TRTA, mean) -> 17.4883720930233, 19.0555555555556, 18.0520833333333
    CHECK(view.figure().tableCells()[0]->text() == "86");
    // R's order is alphabetical (Placebo, High, Low Dose); the groups are Placebo, Low, High Dose.
    CHECK(view.figure().tableCells()[10]->text() == "96");
    CHECK(view.figure().tableCells()[20]->text() == "72");
    // ALT opens at median (IQR), the default for a skewed liver test. R: tapply(s$AVAL, s$TRTA,
    // median) -> 15, 16, 16; quantile(type 7)[["Placebo"]] -> 13, 21.
    CHECK(report.options.summary == LabSummaryKind::MedianIqr);
    CHECK(view.figure().groupGraph(0)->data()->at(0)->value == 15);
    CHECK(view.figure().groupGraph(1)->data()->at(0)->value == 16);
    CHECK(view.figure().groupBars(0)->data()->at(0).errorPlus == 21 - 15);
    CHECK(view.figure().groupBars(0)->data()->at(0).errorMinus == 15 - 13);
    view.setSummary(LabSummaryKind::MeanSd);
    REQUIRE(shown.wait(30000));
    CHECK_THAT(view.figure().groupGraph(0)->data()->at(0)->value, WithinRel(17.4883720930233, 1e-12));
    CHECK_THAT(view.figure().groupGraph(1)->data()->at(0)->value, WithinRel(18.0520833333333, 1e-12));
    CHECK_THAT(view.figure().groupGraph(2)->data()->at(0)->value, WithinRel(19.0555555555556, 1e-12));
    // R: tapply(s$AVAL, s$TRTA, sd)[["Placebo"]] -> 8.25582744069340: the SD error bar
    CHECK_THAT(view.figure().groupBars(0)->data()->at(0).errorPlus, WithinRel(8.25582744069340, 1e-12));
    CHECK_THAT(view.figure().groupBars(0)->data()->at(0).errorMinus, WithinRel(8.25582744069340, 1e-12));
    // Stars exactly where some group's p < 0.05 at a shown visit.
    std::size_t significant = 0;
    for (const QString& visit : view.figure().visits())
        for (const LabPoint& p : view.report()->groups[0].points)
            if (QString::fromStdString(p.visit) == visit && p.pValue && *p.pValue < 0.05) ++significant;
    CHECK(view.figure().markers().size() == significant);
}

TEST_CASE("LabsView: a click on a patient's line opens that patient", "[labs][view][pilot]") {
    test::application();
    LabsView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &LabsView::reportShown);
    view.setStudy(test::pilotStudy());
    REQUIRE(shown.wait(30000));
    view.setSpaghetti(true);
    QApplication::processEvents();
    view.plot()->replot();
    REQUIRE(view.figure().spaghettiDrawn() > 0);
    // The first patient's first value, at Baseline (the first visit on the axis).
    const SubjectSeries& s = view.report()->subjects.front();
    REQUIRE(view.figure().visits().front() == "Baseline");
    QCPAxisRect* rect = view.figure().mainRect();
    const QPoint at(static_cast<int>(rect->axis(QCPAxis::atBottom)->coordToPixel(view.figure().visitKey(0, s.group))),
                    static_cast<int>(rect->axis(QCPAxis::atLeft)->coordToPixel(s.value.front())));
    const QString id = view.figure().subjectAt(at);
    REQUIRE_FALSE(id.isEmpty());
    QSignalSpy opened(&view, &ViewPage::subjectActivated);
    QTest::mouseClick(view.plot(), Qt::LeftButton, {}, at);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == id);
    view.setSpaghetti(false);
    CHECK(view.figure().subjectAt(at).isEmpty());
}

TEST_CASE("LabsView: aggregate-only sample trial (jia2020) plotted from its published summaries",
          "[labs][view][samples]") {
    test::application();
    const auto study = test::sampleStudy("jia2020");
    REQUIRE(study);
    LabsView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &LabsView::reportShown);
    QSignalSpy status(&view, &LabsView::status);
    view.setStudy(study);
    shown.wait(30000);
    INFO((status.isEmpty() ? QString() : status.first().first().toString()).toStdString());
    REQUIRE(shown.count() == 1);
    const LabReport& report = *view.report();
    CHECK(report.provenance != Provenance::Original);
    CHECK(report.options.scale == LabScale::Change);  // the paper gives changes from baseline only
    // Table 3 gives the decline in ALT (positive = a fall); the axis said "Change from baseline in
    // ALT (U/L)", the opposite sign.
    CHECK(view.figure().mainRect()->axis(QCPAxis::atLeft)->label() == "Decline in ALT (U/L; positive = fall)");
    // Where the plot is not as high as that wording is long (the viewer at 1366 x 768: it ran under
    // the legend), a shorter one that still gives the sign.
    CHECK(LabPlot::axisTitles(report) ==
          QStringList{"Decline in ALT (U/L; positive = fall)", "Decline in ALT (U/L; + = fall)", "ALT fall (U/L)"});
    view.resize(1200, 420);
    view.figure().mainRect()->parentPlot()->replot();
    CHECK(view.figure().mainRect()->axis(QCPAxis::atLeft)->label().contains("fall"));
    CHECK(view.figure().mainRect()->axis(QCPAxis::atLeft)->label() != "Decline in ALT (U/L; positive = fall)");
    // Issue 20: "Reference range" was ticked and drew nothing without a word; now it says why.
    QCheckBox* reference = nullptr;
    for (QCheckBox* box : view.findChildren<QCheckBox*>())
        if (box->text() == "Reference range") reference = box;
    REQUIRE(reference);
    CHECK_FALSE(reference->isEnabled());
    CHECK(reference->toolTip().startsWith("The data give no reference range (ANRLO / ANRHI) for "));
    CHECK(report.subjects.empty());
    REQUIRE_FALSE(report.groups.empty());
    for (std::size_t g = 0; g < report.groups.size(); ++g) {
        QCPGraph* graph = view.figure().groupGraph(static_cast<int>(g));
        REQUIRE(graph);
        int i = 0;
        for (const LabPoint& p : report.groups[g].points)
            if (p.center) CHECK_THAT(graph->data()->at(i++)->value, WithinRel(*p.center, 1e-12));
        CHECK(graph->dataCount() == i);
    }
    for (const QCPItemText* cell : view.figure().tableCells()) CHECK(cell->text() == "–");  // n not reported
    CHECK(footnote(*view.plot())
              .startsWith("Data: " + QString::fromStdString(std::string(provenances().name(report.provenance)))));
}

TEST_CASE("LabsView screenshots", "[.screenshots]") {
    PilotLabs pilot(QSize(1400, 900), "ALT");
    LabsView& view = pilot.view;
    QSignalSpy& shown = pilot.shown;
    test::screenshot(view, "labs_cdiscpilot01_alt_median_iqr");
    view.setSummary(LabSummaryKind::MeanSd);
    REQUIRE(shown.wait(30000));
    test::screenshot(view, "labs_cdiscpilot01_alt_mean_sd");
    view.setSummary(LabSummaryKind::MedianIqr);
    REQUIRE(shown.wait(30000));
    view.setScale(LabScale::Change);
    REQUIRE(shown.wait(30000));
    view.setSpaghetti(true);
    test::screenshot(view, "labs_cdiscpilot01_alt_change_median_spaghetti");
    for (const char* name : {"shi2021", "jia2020"}) {
        view.setSpaghetti(false);
        view.setStudy(test::sampleStudy(name));
        REQUIRE(shown.wait(30000));
        test::screenshot(view, QStringLiteral("labs_%1").arg(name));
    }
}

TEST_CASE("LabsView: bilirubin opens at median (IQR); mean - SD is never drawn below 0", "[labs][view][pilot]") {
    PilotLabs pilot(QSize(1200, 800), "BILI");
    LabsView& view = pilot.view;
    QSignalSpy& shown = pilot.shown;
    CHECK(view.report()->options.summary == LabSummaryKind::MedianIqr);
    // The title says what is drawn: the grouping variable's name, not TRT01A, and the population.
    auto* title = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->element(0, 0));
    REQUIRE(title);
    INFO(title->text().toStdString());
    CHECK(title->text().startsWith(QStringLiteral("Bilirubin (umol/L) \u2014 median (IQR) by actual treatment")));
    CHECK(title->text().endsWith(QString::fromStdString(populationName(view.report()->options.population))));
    // Mean - SD of the pilot's BILI reaches -1.5 umol/L at some visits: the bar stops at 0 (the
    // table keeps the number). Failed on the old code, which drew it below the axis' 0.
    view.setSummary(LabSummaryKind::MeanSd);
    REQUIRE(shown.wait(30000));
    bool belowZeroInReport = false;
    for (int g = 0; g < 3; ++g) {
        for (const LabPoint& p : view.report()->groups[static_cast<std::size_t>(g)].points)
            belowZeroInReport = belowZeroInReport || (p.lower && *p.lower < 0);
        const QCPErrorBars* bars = view.figure().groupBars(g);
        const QCPGraph* graph = view.figure().groupGraph(g);
        for (int i = 0; i < graph->dataCount(); ++i)
            CHECK(graph->data()->at(i)->value - bars->data()->at(i).errorMinus >= -1e-12);
    }
    CHECK(belowZeroInReport);
    CHECK(view.figure().mainRect()->axis(QCPAxis::atLeft)->range().lower >=
          -0.1 * view.figure().mainRect()->axis(QCPAxis::atLeft)->range().size());
    // The long footnote (provenance, records left out, the test) is broken into lines: QCustomPlot
    // sized it as one line, cut it mid-sentence and widened the window to its length.
    CHECK(footnote(*view.plot()).contains(QLatin1Char('\n')));
    CHECK(footnote(*view.plot()).contains(QStringLiteral("between groups")));
    CHECK(static_cast<QWidget*>(view.plot())->minimumSizeHint().width() < 1000);
    // The n table's group names end in no tick mark (a zero-length tick drew a dot after them).
    CHECK(view.figure().tableRect()->axis(QCPAxis::atLeft)->tickPen().style() == Qt::NoPen);
}
