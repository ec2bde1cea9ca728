// Study comparison: Shi 2021 and Li 2023 (sample trials, OS) side by side with linked time axes and
// a shared crosshair, as an overlay with a legend naming study and arm, the comparison table, and
// the lab comparison on a weeks axis with patient-level and published data together.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <qcustomplot.h>

#include "tests/ui/compare/test_compare_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/common/contrast.h"
#include "ui/compare/compare_figure.h"
#include "ui/compare/compare_view.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

struct Workspace {
    QApplication& app = test::application();  // before any widget
    CompareView view;
    Workspace() {
        view.resize(1400, 700);
        view.setLibrary({test::sampleTrial("shi2021"), test::sampleTrial("li2023"), test::sampleTrial("jia2020")});
        REQUIRE(view.selectStudies({"SHI2021", "LI2023"}));
        REQUIRE(view.comparison());
    }
};

QStringList legendNames(QCustomPlot* plot) {
    QStringList out;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i))) out << item->plottable()->name();
    return out;
}

}  // namespace

TEST_CASE("compare: side-by-side panes share unit, range and ticks, and follow each other", "[compare]") {
    Workspace w;
    const Comparison& c = *w.view.comparison();
    CHECK(c.unit == TimeUnit::Months);
    REQUIRE(w.view.paneItems().size() == 2);
    const auto& a = w.view.paneItems()[0];
    const auto& b = w.view.paneItems()[1];
    CHECK(a.tickTimes == b.tickTimes);
    CHECK(a.tickTimes == c.ticks);
    CHECK(a.main->axis(QCPAxis::atBottom)->range() == b.main->axis(QCPAxis::atBottom)->range());
    // Every study's risk table is computed at the common ticks: at[k].time == tick k (months).
    for (const ComparedStudy& s : c.studies)
        for (const SurvivalGroup& g : s.report.groups) {
            REQUIRE(g.at.size() == c.ticks.size());
            CHECK_THAT(g.at.back().time * s.timeFactor, WithinRel(c.ticks.back(), 1e-12));
        }
    // Panning one pane moves the other.
    a.main->axis(QCPAxis::atBottom)->setRange(5, 30);
    CHECK_THAT(b.main->axis(QCPAxis::atBottom)->range().lower, WithinAbs(5, 1e-12));
    CHECK_THAT(b.main->axis(QCPAxis::atBottom)->range().upper, WithinAbs(30, 1e-12));
    // The crosshair sits at the same time in both panes.
    w.view.placeCrosshair(18);
    CHECK(w.view.crosshairTime(0) == 18);
    CHECK(w.view.crosshairTime(1) == 18);
    // Each pane names its study; every arm keeps one colour in panes, overlay and table.
    CHECK(w.view.figurePanes().size() == 2);
}

TEST_CASE("compare: overlay legend names study and arm, colours match the panes", "[compare]") {
    Workspace w;
    const auto sideColour = w.view.paneItems()[1].curves[0].curve->pen().color();  // LI2023: SCT
    w.view.setMode(CompareView::Mode::Overlay);
    REQUIRE(w.view.figurePanes().size() == 1);
    QCustomPlot* overlay = w.view.figurePanes()[0];
    const QStringList names = legendNames(overlay);
    REQUIRE(names.size() == 4);
    CHECK(names[0].startsWith(QStringLiteral("SHI2021: UC-MSC")));
    CHECK(names[1].startsWith(QStringLiteral("SHI2021: Control")));
    CHECK(names[2].startsWith(QStringLiteral("LI2023: SCT")));
    CHECK(names[3].startsWith(QStringLiteral("LI2023: Non-SCT")));
    const auto& items = w.view.overlayItems();
    // Under the plot, not over the curves (in a corner four entries covered them and, at a journal
    // column's width, the whole plot), two to a line, the n left to the risk table.
    overlay->replot();
    CHECK_FALSE(overlay->legend->outerRect().intersects(items.main->outerRect()));
    CHECK(overlay->legend->outerRect().top() >= items.main->outerRect().bottom());
    CHECK(overlay->legend->wrap() == 2);
    CHECK(names[0] == QStringLiteral("SHI2021: UC-MSC"));
    CHECK(items.curves[2].curve->pen().color() == sideColour);
    // Studies differ by line style as well as colour.
    CHECK(items.curves[0].curve->pen().style() == Qt::SolidLine);
    CHECK(items.curves[2].curve->pen().style() == Qt::DashLine);
    // Each arm keeps the colour of its own study's views (studies differ by line style).
    const Comparison& c = *w.view.comparison();
    const PlotStyle& style = PlotStyle::current();
    CHECK(items.curves[0].curve->pen().color() == style.armColour(0, c.studies[0].report.groups[0].colour));
    CHECK(items.curves[3].curve->pen().color() == style.armColour(1, c.studies[1].report.groups[1].colour));
    // Hiding an arm removes it from the overlay.
    w.view.hideArm("LI2023", "Non-SCT");
    w.view.refresh();
    CHECK(legendNames(w.view.figurePanes()[0]).size() == 3);
}

TEST_CASE("compare: the table has n, events, median, survival at times, HR and provenance per arm", "[compare]") {
    Workspace w;
    w.view.setTimes({12, 24});
    QAbstractItemModel* m = w.view.tableModel();
    REQUIRE(m->rowCount() == 4);
    const int cols = m->columnCount();
    REQUIRE(cols == 9);  // study, arm, n, events, median, S(12), S(24), HR, data
    const Comparison& c = *w.view.comparison();
    const SurvivalGroup& shiControl = c.studies[0].report.groups[1];
    CHECK(m->index(1, 0).data().toString() == QStringLiteral("SHI2021"));
    CHECK(m->index(1, 2).data().toString() == QString::number(shiControl.fit.n));
    CHECK(m->index(1, 3).data().toString() == QString::number(shiControl.fit.events));
    CHECK(m->index(0, 7).data().toString() == QStringLiteral("reference"));
    // HR of Control vs UC-MSC, R: coxph(...) coef 0.61361453182237 (tests/reference/figures/forest_compare.txt).
    CHECK(m->index(1, 7).data().toString().startsWith(QString::number(std::exp(0.61361453182237), 'f', 2)));
    CHECK(m->index(2, 8).data().toString().startsWith(QStringLiteral("reconstructed")));
    CHECK(m->headerData(5, Qt::Horizontal, Qt::DisplayRole).toString().contains(QStringLiteral("12")));
}

TEST_CASE("compare: lab parameter across studies on weeks, patient-level and published together", "[compare]") {
    Workspace w;
    w.view.setLabParameter(QStringLiteral("ALB"));
    const LabCompareItems& items = w.view.labItems();
    int patient = 0, published = 0;
    for (const auto& s : items.series) (s.aggregate ? published : patient) += 1;
    CHECK(patient == 2);             // SHI2021 ADLB, two arms
    CHECK(published == 2);           // SHI2021 Table 1 baseline albumin, two arms
    CHECK(items.patientLines == 0);  // individual patients only on request
    w.view.setPatientLines(true);
    CHECK(w.view.labItems().patientLines > 0);
    // Week 12 visit of the patient-level data (ADY 85) sits at week 12.
    bool week12 = false;
    for (const auto& s : items.series)
        if (!s.aggregate)
            for (auto it = s.graph->data()->constBegin(); it != s.graph->data()->constEnd(); ++it)
                week12 = week12 || std::abs(it->key - 12) < 0.5;
    CHECK(week12);
}

TEST_CASE("compare: an arm keeps its colour across tabs and whichever studies are ticked; readable colours",
          "[compare]") {
    Workspace w;
    const PlotStyle& style = PlotStyle::current();
    w.view.setLibrary({test::sampleTrial("qin2024"), test::sampleTrial("shi2021"), test::sampleTrial("li2023")});
    REQUIRE(w.view.selectStudies({"SHI2021", "LI2023"}));
    const QColor sct = w.view.paneItems()[1].curves[0].curve->pen().color();  // LI2023: SCT
    // Failed on the old code: colours ran over the ticked studies' arms, so ticking QIN2024 (listed
    // first, three arms) recoloured every arm of SHI2021 and LI2023.
    REQUIRE(w.view.selectStudies({"QIN2024"}));
    REQUIRE(w.view.comparison()->studies.size() == 3);
    CHECK(w.view.paneItems()[2].curves[0].curve->pen().color() == sct);
    // The labs tab draws SHI2021's arms in their survival colours.
    w.view.setLabParameter(QStringLiteral("ALB"));
    const QColor uc = w.view.paneItems()[1].curves[0].curve->pen().color();  // SHI2021: UC-MSC
    bool found = false;
    for (const auto& series : w.view.labItems().series)
        if (series.label.startsWith(QStringLiteral("SHI2021: UC-MSC"))) {
            CHECK(series.graph->pen().color() == uc);
            found = true;
        }
    CHECK(found);
    // Lines reach 3:1 and risk-table numbers 4.5:1 against the figure background (WCAG 2.1), for
    // every colour of the palette, in both themes (Okabe-Ito yellow on white was 1.2:1).
    for (const PlotStyle* theme : {&PlotStyle::light(), &PlotStyle::dark()})
        for (int k = 0; k < 8; ++k) {
            CHECK(contrastRatio(theme->armColour(k), theme->background) >= 3.0);
            CHECK(contrastRatio(theme->armTextColour(k), theme->background) >= 4.5);
        }
    CHECK(contrastRatio(style.armColour(6), style.background) >= 3.0);
}

TEST_CASE("compare: the CDISC pilot joins a comparison; its Screen Failure arm is greyed, not an error", "[compare]") {
    QApplication& app = test::application();
    (void)app;
    CompareView view;
    view.resize(1300, 700);
    view.setLibrary({test::pilotStudy(), test::sampleTrial("shi2021")});
    REQUIRE(view.selectStudies({"CDISCPILOT01", "SHI2021"}));
    // Failed on the old code: "study CDISCPILOT01 has no arm Screen Failure", and no figure.
    REQUIRE(view.comparison());
    CHECK(view.errorText().isEmpty());
    CHECK(view.comparison()->studies[0].report.groups.size() == 3);  // Placebo, Low, High dose
    auto* tree = view.findChild<QTreeWidget*>();
    REQUIRE(tree);
    QTreeWidgetItem* pilot = tree->topLevelItem(0);
    REQUIRE(pilot->childCount() == 4);
    CHECK(pilot->child(3)->text(0) == QStringLiteral("Screen Failure"));
    CHECK(pilot->child(3)->isDisabled());
    CHECK_FALSE(pilot->child(0)->isDisabled());
    CHECK(view.paneItems().size() == 2);
    // The caption names the pilot by its id (no citation, no title), not "CDISCPILOT01: ;", and
    // the overlay's footer gives each study's provenance, not the least original one alone.
    CHECK(view.figureCaption().startsWith(QStringLiteral("CDISCPILOT01; SHI2021: Shi M")));
    view.setMode(CompareView::Mode::Overlay);
    const QString footer = view.overlayItems().footer->text();
    CHECK(footer.contains(QStringLiteral("CDISCPILOT01 original")));
    CHECK(footer.contains(QStringLiteral("SHI2021 reconstructed")));
}

TEST_CASE("compare: fewer than two studies is a message, not a figure", "[compare]") {
    test::application();
    CompareView view;
    view.setLibrary({test::sampleTrial("shi2021"), test::sampleTrial("li2023")});
    view.selectStudies({"SHI2021"});
    CHECK_FALSE(view.comparison());
    CHECK(view.errorText().contains(QStringLiteral("2 to 4")));
    CHECK_THROWS(
        compareStudies({{test::sampleTrial("shi2021"), {"NOPE"}}, {test::sampleTrial("li2023"), {}}}, {"OS", {}, {}}));
}

TEST_CASE("compare: side-by-side panes line up on screen at 900x500 and 1800x900", "[compare]") {
    Workspace w;
    w.view.show();
    for (QSize size : {QSize(900, 500), QSize(1800, 900)}) {
        // Li 2023 with both arms, then with SCT only (risk tables of 2 and 1 rows).
        for (bool hide : {false, true}) {
            if (hide) w.view.hideArm("LI2023", "Non-SCT");
            w.view.resize(size);
            w.view.refresh();
            QApplication::processEvents();
            for (QCustomPlot* p : w.view.figurePanes()) p->replot();
            INFO(size.width() << "x" << size.height() << (hide ? " SCT only" : " both arms"));
            const auto& a = w.view.paneItems()[0];
            const auto& b = w.view.paneItems()[1];
            CHECK(a.main->rect().top() == b.main->rect().top());
            CHECK(a.main->rect().bottom() == b.main->rect().bottom());
            CHECK(a.table->rect().top() == b.table->rect().top());
            CHECK(a.table->rect().bottom() == b.table->rect().bottom());
            // Both panes' first risk-table row (time 0) at the same height.
            CHECK_THAT(a.riskCells[0][0][0]->position->pixelPosition().y(),
                       WithinAbs(b.riskCells[0][0][0]->position->pixelPosition().y(), 1.0));
            CHECK(a.main->rect().height() > 100);
            // One provenance line per pane; both citations once, under the panes.
            CHECK(a.footer->text() == QStringLiteral("Data: reconstructed"));
            CHECK(b.footer->text() == QStringLiteral("Data: reconstructed"));
            const QString citations = w.view.findChild<QLabel*>(QStringLiteral("citations"))->text();
            CHECK(citations.startsWith(QStringLiteral("SHI2021: Shi M")));
            CHECK(citations.contains(QStringLiteral("LI2023: Li")));
            CHECK(w.view.figureCaption() == citations);
        }
        w.view.setLibrary({test::sampleTrial("shi2021"), test::sampleTrial("li2023"), test::sampleTrial("jia2020")});
        REQUIRE(w.view.selectStudies({"SHI2021", "LI2023"}));
    }
}

TEST_CASE("compare: eDISH of the pilot and QIN2024 on the same axes with a quadrant table each", "[compare][liver]") {
    test::application();
    CompareView view;
    view.resize(1400, 900);
    view.show();
    view.setLibrary({test::pilotStudy(), test::sampleTrial("qin2024")});
    REQUIRE(view.selectStudies({"CDISCPILOT01", "QIN2024"}));
    // x ULN: QIN2024's illustrative labs carry no ULN, so only the pilot is drawn; its reason is kept.
    CHECK(view.liverFigure().points().size() == 246);
    CHECK(view.liverTable(0)->rowCount() == 5);
    CHECK(view.liverTable(1)->rowCount() == 0);
    view.setLiverReference(LiverReference::Baseline);  // mDISH: both studies
    const auto& points = view.liverFigure().points();
    int pilot = 0, qin = 0;
    for (const auto& p : points) (view.liverFigure().reportOf(p).study == "QIN2024" ? qin : pilot) += 1;
    CHECK(pilot == 246);
    CHECK(qin == 24);
    // Each study's table holds its own counts: the first column total is its first arm's n.
    for (int k = 0; k < 2; ++k) {
        const LiverReport& r = view.liverFigure().reportOf(points[k == 0 ? 0 : points.size() - 1]);
        CHECK(view.liverTable(k)->index(4, 1).data(Qt::UserRole).toInt() == r.groups.front().n);
    }
    for (size_t k = 0; k < points.size(); k += 17) {
        const QPointF at = view.liverFigure().pixelOf(static_cast<int>(k));
        const LiverSubject& s = view.liverFigure().subjectOf(points[k]);
        CHECK_THAT(view.liverFigure().rect()->axis(QCPAxis::atBottom)->pixelToCoord(at.x()), WithinRel(s.xPeak, 1e-9));
    }
    view.findChild<QTabWidget*>()->setCurrentIndex(static_cast<int>(CompareView::Tab::Liver));
    test::screenshot(view, QStringLiteral("compare_liver"));
}

TEST_CASE("compare: the forest pools only contrasts declared comparable, each against its chosen control",
          "[compare][forest]") {
    Workspace w;
    w.view.showTab("forest");
    // Failed on the old code: Shi's Control vs UC-MSC and Li's Non-SCT vs SCT pooled into one HR
    // without a word.
    CHECK_FALSE(w.view.forestItems().fixedDiamond);
    CHECK_FALSE(w.view.forestItems().randomDiamond);
    CHECK_FALSE(w.view.figureOptions().pool);

    // Experimental vs control, chosen per study, then declared comparable.
    REQUIRE(w.view.setControl("SHI2021", "Control"));
    REQUIRE(w.view.setControl("LI2023", "Non-SCT"));
    CHECK_FALSE(w.view.setControl("LI2023", "Nope"));
    w.view.setPooling(true);
    REQUIRE(w.view.forestItems().fixedDiamond);
    REQUIRE(w.view.forestItems().randomDiamond);
    // R: coxph(... ~ arm) with Control / Non-SCT as reference: coefs -0.6136, -0.7525; metafor FE
    // -0.706135036883471 (the diamond's centre is its exp).
    CHECK_THAT(w.view.forestItems().fixedDiamond->data()->at(1)->key, WithinRel(std::exp(-0.706135036883471), 1e-6));
    auto* tree = w.view.findChild<QTreeWidget*>();
    CHECK(tree->topLevelItem(0)->child(1)->font(0).bold());  // Shi's Control, marked as the control
    w.view.show();
    tree->expandAll();
    test::screenshot(w.view, QStringLiteral("compare_forest_pooled"));

    // The workspace says it as export options, and another workspace given them shows the same.
    const std::vector<std::string> words = w.view.figureOptions().words();
    CHECK(std::find(words.begin(), words.end(), "--pool") != words.end());
    const auto control = std::find(words.begin(), words.end(), "--control");
    REQUIRE(control != words.end());
    CHECK(*(control + 1) == "SHI2021:Control,LI2023:Non-SCT");
    Workspace other;
    std::vector<std::string> args{"--study", "SHI2021,LI2023"};
    args.insert(args.end(), words.begin(), words.end());
    REQUIRE(other.view.apply(Args(args)));
    REQUIRE(other.view.forestItems().fixedDiamond);
    CHECK_THAT(other.view.forestItems().fixedDiamond->data()->at(1)->key,
               WithinRel(std::exp(-0.706135036883471), 1e-6));
    CHECK(other.view.figureOptions().words() == words);
}

// TRIALSCOPE_SCREENSHOTS=DIR (as the main window's "Screenshots of every view"): the comparison
// workspace of the four sample trials and the pilot, every tab, at TRIALSCOPE_SCREENSHOT_SIZE in
// TRIALSCOPE_SCREENSHOT_THEME, for a reader to look at.
TEST_CASE("Screenshots of the comparison workspace", "[.screenshots]") {
    const QString out = qEnvironmentVariable("TRIALSCOPE_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    test::application();
    const QStringList size = qEnvironmentVariable("TRIALSCOPE_SCREENSHOT_SIZE", QStringLiteral("1600x1000")).split('x');
    REQUIRE(size.size() == 2);
    const bool dark = qEnvironmentVariable("TRIALSCOPE_SCREENSHOT_THEME") == QStringLiteral("dark");
    PlotStyle::setTheme(dark ? PlotStyle::Theme::Dark : PlotStyle::Theme::Light);
    CompareView view;
    view.resize(size[0].toInt() * 95 / 100, size[1].toInt() * 95 / 100);  // the window's share of the screen
    view.setLibrary({test::sampleTrial("shi2021"), test::sampleTrial("li2023"), test::sampleTrial("qin2024"),
                     test::sampleTrial("jia2020"), test::pilotStudy()});
    REQUIRE(view.selectStudies({"SHI2021", "LI2023", "QIN2024", "CDISCPILOT01"}));
    view.show();
    const auto shot = [&](const QString& what) {
        QTest::qWait(500);
        REQUIRE(view.grab().save(QStringLiteral("%1/compare_%2%3_%4.png")
                                     .arg(out, what, dark ? QStringLiteral("_dark") : QString(), size[0])));
    };
    for (const char* tab : {"survival", "table", "forest"}) {
        view.showTab(tab);
        shot(QString::fromLatin1(tab));
    }
    view.setMode(CompareView::Mode::Overlay);
    view.showTab("survival");
    shot(QStringLiteral("overlay"));
    view.setLabParameter(QStringLiteral("ALT"));
    view.showTab("labs");
    shot(QStringLiteral("labs"));
    view.showTab("liver");
    shot(QStringLiteral("liver"));
    PlotStyle::setTheme(PlotStyle::Theme::Light);
}
