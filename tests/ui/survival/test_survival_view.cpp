// Survival: KmPlot draws exactly what a SurvivalReport says (KM steps, CI bands, censor marks,
// risk table cells aligned to the time axis at every size, statistics box, footer), and
// SurvivalView drives the service layer off the GUI thread, with zoom, pan, cursor and legend clicks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTest>
#include <qcustomplot.h>

#include "core/analysis/time_ticks.h"
#include "tests/ui/view_fixture.h"
#include "ui/survival/km_interaction.h"
#include "ui/survival/km_plot.h"
#include "ui/survival/ph_dialog.h"
#include "ui/survival/survival_view.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

// survival::aml: time (weeks), status, x (maintenance arm).
std::shared_ptr<StudyData> amlStudy() {
    struct Row {
        double t;
        int status;
        const char* arm;
    };
    const Row rows[] = {
        {9, 1, "Maintained"},     {13, 1, "Maintained"},    {13, 0, "Maintained"},    {18, 1, "Maintained"},
        {23, 1, "Maintained"},    {28, 0, "Maintained"},    {31, 1, "Maintained"},    {34, 1, "Maintained"},
        {45, 0, "Maintained"},    {48, 1, "Maintained"},    {161, 0, "Maintained"},   {5, 1, "Nonmaintained"},
        {5, 1, "Nonmaintained"},  {8, 1, "Nonmaintained"},  {8, 1, "Nonmaintained"},  {12, 1, "Nonmaintained"},
        {16, 0, "Nonmaintained"}, {23, 1, "Nonmaintained"}, {27, 1, "Nonmaintained"}, {30, 1, "Nonmaintained"},
        {33, 1, "Nonmaintained"}, {43, 1, "Nonmaintained"}, {45, 1, "Nonmaintained"}};
    auto s = std::make_shared<StudyData>();
    s->info.id = "AML";
    s->info.title = "Maintenance chemotherapy for AML";
    s->info.citation = "Miller RG. Survival Analysis. Wiley 1997";
    s->info.timeUnit = "weeks";
    s->info.arms = {{"Maintained", "Maintained", std::nullopt, "", ""},
                    {"Nonmaintained", "Nonmaintained", std::nullopt, "", ""}};
    int i = 0;
    for (const Row& r : rows) {
        const std::string id = "S" + std::to_string(++i);
        s->subjects.push_back({id, {{"USUBJID", id}, {"TRT01A", r.arm}, {"ITTFL", "Y"}}});
        s->tte.push_back({id, "OS", "Overall survival", r.t, r.status == 1 ? 0 : 1, Provenance::Original});
    }
    return s;
}

SurvivalReport amlReport(bool cumulative = false) {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.times = {0, 20, 40, 60, 80, 100, 120, 140, 160, 180};
    o.cumulativeIncidence = cumulative;
    return analyseSurvival(*amlStudy(), o);
}

double cellValue(const KmPlotItems& items, size_t group, size_t row, size_t tick) {
    return items.riskCells.at(group).at(row).at(tick)->text().toDouble();
}

// Pixel x of every risk-table cell equals the pixel of its tick on the curves' time axis.
void requireAligned(const KmPlotItems& items) {
    QCPAxis* x = items.main->axis(QCPAxis::atBottom);
    REQUIRE(items.table->axis(QCPAxis::atBottom)->range() == x->range());
    REQUIRE(items.table->left() == items.main->left());
    REQUIRE(items.table->width() == items.main->width());
    for (const auto& group : items.riskCells)
        for (const auto& row : group)
            for (size_t k = 0; k < row.size(); ++k)
                REQUIRE_THAT(row[k]->position->pixelPosition().x(),
                             WithinAbs(x->coordToPixel(items.tickTimes[k]), 0.5));
}

}  // namespace

TEST_CASE("KmPlot draws the KM steps of survfit as step curves", "[ui][km]") {
    test::application();
    QCustomPlot plot;
    plot.resize(900, 700);
    const SurvivalReport report = amlReport();
    const KmPlotItems items = KmPlot::render(&plot, report);
    REQUIRE(items.curves.size() == 2);
    // R: summary(survfit(Surv(time, status) ~ x, aml), censored = TRUE)   (tests/reference/ui_km_aml.txt)
    const double maintainedTime[] = {0, 9, 13, 18, 23, 28, 31, 34, 45, 48, 161};
    const double maintainedSurv[] = {1,
                                     0.909090909090909,
                                     0.818181818181818,
                                     0.715909090909091,
                                     0.613636363636364,
                                     0.613636363636364,
                                     0.490909090909091,
                                     0.368181818181818,
                                     0.368181818181818,
                                     0.184090909090909,
                                     0.184090909090909};
    QCPGraph* curve = items.curves[0].curve;
    REQUIRE(curve->lineStyle() == QCPGraph::lsStepLeft);
    REQUIRE(curve->dataCount() == 11);
    for (int i = 0; i < 11; ++i) {
        CHECK_THAT(curve->data()->at(i)->key, WithinAbs(maintainedTime[i], 1e-12));
        CHECK_THAT(curve->data()->at(i)->value, WithinRel(maintainedSurv[i], 1e-9));
    }
    // R: same call, lower/upper at 23 weeks (log CI): 0.37686705950168, 0.999157600228473
    REQUIRE(items.curves[0].lower->data()->at(4)->key == 23);
    CHECK_THAT(items.curves[0].lower->data()->at(4)->value, WithinRel(0.37686705950168, 1e-9));
    CHECK_THAT(items.curves[0].upper->data()->at(4)->value, WithinRel(0.999157600228473, 1e-9));
    CHECK(items.curves[0].upper->channelFillGraph() == items.curves[0].lower);
    // Censor marks at 13, 28, 45, 161 (Maintained) and 16 (Nonmaintained), on the curve.
    REQUIRE(items.curves[0].censor->dataCount() == 4);
    CHECK(items.curves[0].censor->data()->at(1)->key == 28);
    CHECK_THAT(items.curves[0].censor->data()->at(1)->value, WithinRel(0.613636363636364, 1e-9));
    REQUIRE(items.curves[1].censor->dataCount() == 1);
    CHECK(items.curves[1].censor->data()->at(0)->key == 16);
    // Medians (R: print(survfit(...)): 31 and 23 weeks) as dashed verticals up to S = 0.5.
    CHECK(items.curves[0].median->start->coords() == QPointF(31, 0));
    CHECK(items.curves[1].median->end->coords() == QPointF(23, 0.5));
    CHECK(plot.legend->itemCount() == 2);
    CHECK(plot.xAxis->label() == "Time (weeks)");
}

TEST_CASE("KmPlot risk table holds summary(survfit, times) counts aligned to the time axis", "[ui][km]") {
    test::application();
    QCustomPlot plot;
    plot.resize(900, 700);
    const KmPlotItems items = KmPlot::render(&plot, amlReport());
    REQUIRE(items.table != nullptr);
    REQUIRE(items.riskCells.size() == 2);
    REQUIRE(items.riskCells[0].size() == 3);
    REQUIRE(items.tickTimes.size() == 10);
    // R: summary(survfit(Surv(time, status) ~ x, aml), times = seq(0, 180, 20), extend = TRUE)
    // at risk / cumulative censored / cumulative events: Maintained at 20: 7 / 1 / 3; at 40: 3 / 2 / 6;
    // at 180: 0 / 4 / 7. Nonmaintained at 20: 6 / 1 / 5; at 60: 0 / 1 / 11.
    CHECK(cellValue(items, 0, 0, 0) == 11);
    CHECK(cellValue(items, 0, 0, 1) == 7);
    CHECK(cellValue(items, 0, 1, 1) == 1);
    CHECK(cellValue(items, 0, 2, 1) == 3);
    CHECK(cellValue(items, 0, 0, 2) == 3);
    CHECK(cellValue(items, 0, 1, 2) == 2);
    CHECK(cellValue(items, 0, 2, 2) == 6);
    CHECK(cellValue(items, 0, 0, 9) == 0);
    CHECK(cellValue(items, 0, 1, 9) == 4);
    CHECK(cellValue(items, 0, 2, 9) == 7);
    CHECK(cellValue(items, 1, 0, 1) == 6);
    CHECK(cellValue(items, 1, 2, 1) == 5);
    CHECK(cellValue(items, 1, 0, 3) == 0);
    CHECK(cellValue(items, 1, 2, 3) == 11);

    for (QSize size : {QSize(900, 700), QSize(520, 420), QSize(1600, 1000)}) {
        plot.resize(size);
        plot.replot();
        requireAligned(items);
    }
    plot.xAxis->setRange(30, 90);  // a pan/zoom keeps the table on the axis
    plot.replot();
    requireAligned(items);
    // Numbers are never cut by the table's edge; those whose time left the range are hidden.
    for (const auto& group : items.riskCells)
        for (const auto& row : group)
            for (size_t t = 0; t < row.size(); ++t) {
                CHECK_FALSE(row[t]->clipToAxisRect());
                CHECK(row[t]->visible() == (items.tickTimes[t] >= 30 && items.tickTimes[t] <= 90));
            }
    // The row labels leave room for half the widest number centred on the first tick.
    plot.xAxis->setRange(0, 180);
    plot.replot();
    const QCPItemText* first = items.riskCells[0][0][0];  // "11" at time 0
    const double numberLeft =
        first->position->pixelPosition().x() - QFontMetrics(first->font()).horizontalAdvance(first->text()) / 2.0;
    const QCPAxis* labels = items.table->axis(QCPAxis::atLeft);
    CHECK(labels->tickLabelPadding() >= QFontMetrics(first->font()).horizontalAdvance(first->text()) / 2);
    CHECK(numberLeft >= items.table->left() - labels->tickLabelPadding());
}

TEST_CASE("KmPlot statistics box, footer, cumulative incidence and hidden arms", "[ui][km]") {
    test::application();
    QCustomPlot plot;
    plot.resize(900, 700);
    KmPlotOptions o;
    o.citation = "Miller RG. Survival Analysis";
    const KmPlotItems items = KmPlot::render(&plot, amlReport(), o);
    // R: survdiff(Surv(time, status) ~ x, aml) p = 0.0653; coxph HR 2.498 (0.916-6.813)
    const QString box = items.statsBox->text();
    CHECK(box.contains("Log-rank p = 0.065"));
    CHECK(box.contains(QString::fromUtf8("HR Nonmaintained vs Maintained: 2.50 (95% CI 0.92\u20136.81)")));
    CHECK(box.contains(QString::fromUtf8("Maintained: 31.0 (18.0\u2013NR)")));
    CHECK(items.footer->text() == QString::fromUtf8("Data: original \u00b7 Miller RG. Survival Analysis"));

    KmPlotOptions hide;
    hide.hidden = {true, false};
    const KmPlotItems cum = KmPlot::render(&plot, amlReport(true), hide);
    CHECK(plot.yAxis->label() == "Cumulative incidence");
    CHECK_FALSE(cum.curves[0].curve->visible());
    CHECK(cum.curves[0].lower == nullptr);
    CHECK(cum.riskCells[0].empty());
    REQUIRE(cum.riskCells[1].size() == 3);
    // 1 - S: Nonmaintained after 8 weeks, R: 1 - 0.666666666666667
    CHECK(cum.curves[1].curve->data()->at(2)->key == 8);
    CHECK_THAT(cum.curves[1].curve->data()->at(2)->value, WithinRel(1 - 0.666666666666667, 1e-9));
    // 1 - upper is the lower bound of the incidence: R upper at 8 = 0.994625360259092
    CHECK_THAT(cum.curves[1].lower->data()->at(2)->value, WithinAbs(1 - 0.994625360259092, 1e-9));
}

TEST_CASE("KmPlot statistics box: compact wording names the reference and CI level once", "[ui][km]") {
    // R: coxph(Surv(time, status) ~ x, aml): HR 2.498 (0.916-6.813)
    const QString compact = kmStatsText(amlReport(), 1, "weeks", true);
    CHECK(compact.contains(QString::fromUtf8("HR vs Maintained (95% CI)\n  Nonmaintained: 2.50 (0.92\u20136.81)")));
    CHECK(compact.contains("Log-rank p = 0.065"));
    CHECK_FALSE(compact.contains("vs Maintained:"));
}

TEST_CASE("KmPlot statistics box fits the axis rect clear of the legend at every size", "[ui][km][cdisc]") {
    test::application();
    const auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    SurvivalOptions o;
    o.endpoint = "OS";
    double maxTime = 0;
    for (const TteRecord& r : pilot->tte)
        if (r.paramcd == "OS") maxTime = std::max(maxTime, r.aval);
    o.times = tickTimes(maxTime, TimeUnit::Days);
    const SurvivalReport report = analyseSurvival(*pilot, o);
    REQUIRE(report.groups.size() == 3);
    QCustomPlot plot;
    plot.show();  // a hidden widget gets its resize event only when shown
    for (const QSize size : {QSize(480, 360), QSize(640, 420), QSize(800, 600), QSize(1600, 1000)}) {
        INFO(size.width() << " x " << size.height());
        plot.resize(size);
        QApplication::processEvents();
        REQUIRE(plot.viewport().size() == size);
        // The smallest size as an exported figure (FigureStyler marks the plot), where a legend gives
        // way to the data; the others on screen.
        const bool exported = size.width() <= 480;
        if (exported) setFigureFontScale(&plot, 1.0);
        const KmPlotItems items = KmPlot::render(&plot, report);
        plot.replot();
        const QCPItemText* box = items.statsBox;
        INFO(box->text().toStdString());
        CHECK(box->visible());
        // The rect QCustomPlot draws the box in (text bounds plus padding, from the item's anchors).
        const QRectF drawn(box->topLeft->pixelPosition(), box->bottomRight->pixelPosition());
        CHECK(QRectF(items.main->rect()).contains(drawn));
        // At 480 x 360 the legend of the three long arm names fills the bottom and the curves the top:
        // the risk table keys the colours, so in the exported figure the legend makes way for the box.
        CHECK(plot.legend->visible() == !exported);
        if (plot.legend->visible()) CHECK_FALSE(drawn.intersects(QRectF(plot.legend->outerRect())));
        // Nor over the curves (every step's corner, in pixels) where the plot leaves room.
        int covered = 0;
        for (const KmCurveItems& c : items.curves)
            for (auto it = c.curve->data()->constBegin(); it != c.curve->data()->constEnd(); ++it)
                covered +=
                    drawn.contains(QPointF(plot.xAxis->coordToPixel(it->key), plot.yAxis->coordToPixel(it->value)));
        CHECK(covered == 0);
        // R: survdiff(Surv(AVAL, CNSR == 0) ~ TRT01A, os) p = 0.5215
        CHECK(box->text().contains("Log-rank p = 0.521"));
        if (size.width() >= 1600)  // room for the full wording in the plot font
            CHECK(box->text().contains(
                QString::fromUtf8("HR Xanomeline Low Dose vs Placebo: 0.70 (95% CI 0.06\u20138.02)")));
        if (exported) {
            CHECK(box->text() == "Log-rank p = 0.521");  // the test alone: nothing longer is clear
            clearFigureFontScale(&plot);
        }
    }
}

TEST_CASE("SurvivalView shows the CDISC pilot survival by treatment", "[ui][survival][cdisc]") {
    test::application();
    auto pilot = test::pilotStudy();
    REQUIRE(pilot);
    SurvivalView view;
    view.resize(1200, 900);
    view.show();
    view.setStudy(pilot);
    REQUIRE(test::waitShown(view));
    REQUIRE(view.report());
    auto* endpoint = view.findChild<QComboBox*>("endpoint");
    REQUIRE(endpoint->count() == 3);  // OS, PFS, RSD
    CHECK(endpoint->currentData().toString() == "OS");
    const SurvivalReport& r = *view.report();
    REQUIRE(r.groups.size() == 3);
    const KmPlotItems& items = view.items();
    // R: tests/reference/cdisc_km_reference.R, summary(survfit(...), times = c(30, 60, 90)):
    // Placebo at risk 81, 73, 68; Xanomeline High Dose 71, 57, 40. Ticks are every 30 days.
    REQUIRE(items.tickTimes.size() >= 4);
    CHECK(items.tickTimes[1] == 30);
    CHECK(items.riskCells[0][0][1]->text() == "81");
    CHECK(items.riskCells[0][0][2]->text() == "73");
    CHECK(items.riskCells[0][0][3]->text() == "68");
    CHECK(items.riskCells[2][0][3]->text() == "40");  // groups: Placebo, Low Dose, High Dose
    // The Placebo curve has one point per KM step after (0, 1).
    CHECK(items.curves[0].curve->dataCount() == static_cast<int>(r.groups[0].fit.steps.size()) + 1);
    // R: Placebo S(60) = 0.988235294117647 (0.96557673456302-1)
    const QString readout = view.interaction()->placeCursor(60);
    CHECK(readout.contains(QString::fromUtf8("Placebo: S 0.988 (0.966\u20131.000), at risk 73")));

    // Drag and wheel act on time only, and time is never panned below 0 (issue 20: the survival axis
    // reached -0.2).
    QCPAxisRect* main = view.items().main;
    CHECK(main->rangeDrag() == Qt::Horizontal);
    CHECK(main->rangeZoom() == Qt::Horizontal);
    view.plot()->xAxis->setRange(-40, 160);
    CHECK(view.plot()->xAxis->range().lower == 0);
    CHECK(view.plot()->xAxis->range().upper == 200);

    // Weeks: ticks every 4 weeks, label follows, risk table cells stay the R counts at 28 days.
    auto* unit = view.findChild<QComboBox*>("unit");
    unit->setCurrentIndex(unit->findText("weeks"));
    REQUIRE(test::waitShown(view));
    CHECK(view.items().unit == "weeks");
    CHECK(view.plot()->xAxis->label() == "Time (weeks)");
    CHECK(view.items().tickTimes[1] == 4);
    CHECK_THAT(view.report()->options.times[1], WithinRel(28.0, 1e-12));

    endpoint->setCurrentIndex(endpoint->findData("PFS"));
    REQUIRE(test::waitShown(view));
    CHECK(view.report()->endpoint == "PFS");
    CHECK(view.report()->groups.size() == 3);

    // A short plot gets one "at risk" row per arm (the KMunicate rows would squeeze the curves
    // flat); growing again brings them back. The counts stay R's.
    REQUIRE(view.items().riskTableFull);
    view.resize(900, 480);
    QApplication::processEvents();
    CHECK_FALSE(view.items().riskTableFull);
    CHECK(view.items().riskCells[0].size() == 1);
    // The compact table: a "Number at risk" heading and one row per arm (4 rows for 3 arms).
    CHECK(view.items().main->height() > 2 * view.items().table->height());
    view.resize(1200, 900);
    QApplication::processEvents();
    CHECK(view.items().riskTableFull);
    CHECK(view.items().riskCells[0].size() == 3);
}

TEST_CASE("SurvivalView zoom, pan, reset and legend clicks", "[ui][survival]") {
    test::application();
    SurvivalView view;
    view.resize(1100, 850);
    view.show();
    view.setStudy(amlStudy());
    REQUIRE(test::waitShown(view));
    QCustomPlot* plot = view.plot();
    const QCPRange full = plot->xAxis->range();
    QTest::keyClick(plot, Qt::Key_Right);
    CHECK_THAT(plot->xAxis->range().lower, WithinRel(full.lower + 0.1 * full.size(), 1e-9));
    QTest::keyClick(plot, Qt::Key_Plus);
    CHECK(plot->xAxis->range().size() < full.size());
    // The risk table follows the curves' axis.
    CHECK(view.items().table->axis(QCPAxis::atBottom)->range() == plot->xAxis->range());
    QTest::keyClick(plot, Qt::Key_Home);  // redraws at once (no new analysis)
    CHECK(view.plot()->xAxis->range() == full);

    // A click on the first legend entry hides that arm; a second click shows it again.
    plot->replot();
    QCPAbstractLegendItem* entry = plot->legend->item(0);
    const QPoint at = entry->outerRect().center();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    CHECK_FALSE(view.items().curves[0].curve->visible());
    CHECK(view.items().riskCells[0].empty());
    plot->replot();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, plot->legend->item(0)->outerRect().center());
    CHECK(view.items().curves[0].curve->visible());

    // Hover over the Maintained curve at 20 weeks (S = 0.7159, 7 at risk).
    plot->replot();
    const QPointF pos(plot->xAxis->coordToPixel(20), plot->yAxis->coordToPixel(0.715909090909091));
    const QString tip = view.interaction()->hoverText(pos);
    CHECK(tip.startsWith("Maintained"));
    CHECK(tip.contains("S(t) = 0.716"));
    CHECK(tip.contains("At risk: 7"));
}

TEST_CASE("SurvivalView clears its figure, layout hooks included, when no study is shown", "[ui][survival]") {
    test::application();
    SurvivalView view;
    view.resize(900, 700);
    view.show();
    view.setStudy(amlStudy());
    REQUIRE(test::waitShown(view));
    REQUIRE(view.plot()->axisRectCount() == 2);
    // The curves, risk table and axis rects go together: a later layout (resize, replot) finds no
    // risk-table cell or curve of the old figure (it used to read deleted cells and crash).
    view.setStudy(nullptr);
    CHECK(view.plot()->axisRectCount() == 0);
    CHECK(view.plot()->itemCount() == 0);
    view.resize(500, 400);
    view.plot()->replot();
    CHECK(view.items().curves.empty());
}

TEST_CASE("SurvivalView: strata, Fleming-Harrington rho and RMST reach the analysis and the statistics box",
          "[survival][view]") {
    test::application();
    SurvivalView view;
    view.resize(1300, 850);
    view.show();
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    view.setStudy(test::pilotStudy());
    REQUIRE((view.report() || shown.wait(30000)));
    auto* strata = view.findChild<QComboBox*>(QStringLiteral("strata"));
    auto* rho = view.findChild<QDoubleSpinBox*>(QStringLiteral("rho"));
    auto* rmstOn = view.findChild<QCheckBox*>(QStringLiteral("rmstOn"));
    auto* rmst = view.findChild<QDoubleSpinBox*>(QStringLiteral("rmst"));
    REQUIRE((strata && rho && rmstOn && rmst));
    REQUIRE(strata->findData(QStringLiteral("SEX")) > 0);
    rmst->setValue(90);
    rho->setValue(1);
    strata->setCurrentIndex(strata->findData(QStringLiteral("SEX")));  // analyses with the spin boxes' values
    REQUIRE(shown.wait(30000));
    rmstOn->setChecked(true);
    REQUIRE(shown.wait(30000));
    const SurvivalReport* r = view.report();
    REQUIRE(r);
    CHECK(r->options.strata == "SEX");
    CHECK(r->options.rho == 1);
    REQUIRE(r->options.rmstTau);
    CHECK(*r->options.rmstTau == 90);  // the pilot's time unit is days, as shown
    REQUIRE(r->groups.front().rmst);
    CHECK(r->rmstDiff.size() == r->groups.size() - 1);
    const QString box = view.items().statsBox->text();
    CHECK(box.contains(QString::fromUtf8("Fleming\u2013Harrington (\u03c1 = 1, \u03b3 = 0) stratified by SEX p")));
    CHECK(box.contains("RMST to 90.0 days (95% CI)"));
    CHECK(box.contains(QStringLiteral("  %1: ").arg(QString::fromStdString(r->groups.front().name))));
    // Shading: the area under each curve up to tau, ending at tau, as a display option only.
    CHECK_FALSE(view.items().curves.front().rmstArea);
    auto* shade = view.findChild<QCheckBox*>(QStringLiteral("rmstShade"));
    REQUIRE(shade);
    shade->setChecked(true);
    const QCPGraph* area = view.items().curves.front().rmstArea;
    REQUIRE(area);
    CHECK((area->data()->constEnd() - 1)->key == 90);
    CHECK(area->data()->constBegin()->key == 0);
    CHECK(area->brush().style() != Qt::NoBrush);
    test::screenshot(view, QStringLiteral("survival_rmst_strata"));
}

TEST_CASE("SurvivalView: a competing event draws the Aalen-Johansen incidence with a Competing row and Gray's test",
          "[survival][view]") {
    test::application();
    SurvivalView view;
    view.resize(1300, 850);
    view.show();
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    view.setStudy(test::sampleStudy("shi2021"));
    REQUIRE((view.report() || shown.wait(30000)));
    auto* endpoint = view.findChild<QComboBox*>(QStringLiteral("endpoint"));
    auto* competing = view.findChild<QComboBox*>(QStringLiteral("competing"));
    auto* scale = view.findChild<QComboBox*>(QStringLiteral("scale"));
    REQUIRE((endpoint && competing && scale));
    CHECK(competing->findData(QStringLiteral("OS")) < 0);  // the endpoint shown is not offered against itself
    endpoint->setCurrentIndex(endpoint->findData(QStringLiteral("HCC")));
    REQUIRE(shown.wait(30000));
    REQUIRE(competing->findData(QStringLiteral("OS")) > 0);
    CHECK(competing->findData(QStringLiteral("HCC")) < 0);
    competing->setCurrentIndex(competing->findData(QStringLiteral("OS")));
    REQUIRE(shown.wait(30000));
    CHECK_FALSE(scale->isEnabled());  // the incidence scale is the only one that means something here
    const SurvivalReport* r = view.report();
    REQUIRE(r);
    REQUIRE(r->competing);
    CHECK(r->competing->endpoint == "OS");
    // The curve is F(t) of the Aalen-Johansen fit: its last value equals cuminc's (golden JSON:
    // tests/cli/golden/cuminc_SHI2021_HCC.json, 13 HCC of 108 UC-MSC, 11 deaths without HCC).
    REQUIRE(r->groups.size() == 2);
    CHECK(r->groups[0].fit.events == 13);
    CHECK(r->groups[0].competingEvents == 11);
    const KmCurveItems& c = view.items().curves.at(0);
    REQUIRE(c.curve);
    const double last = (c.curve->data()->constEnd() - 1)->value;
    CHECK_THAT(last, WithinAbs(1 - r->groups[0].fit.steps.back().surv, 1e-12));
    CHECK(view.items().cumulative);
    // Risk table: At risk, Censored, Events, Competing per arm, the last row the competing deaths.
    REQUIRE(view.items().riskCells.at(0).size() == 4);
    CHECK(view.items().riskCells[0][3].back()->text() ==
          QString::number(static_cast<int>(r->groups[0].competingCum.back())));
    const QString box = view.items().statsBox->text();
    CHECK(box.contains(QStringLiteral("Gray's test p")));
    CHECK(view.plot()->yAxis->label() == QStringLiteral("Cumulative incidence (death competing)"));
    // Stacked: HCC + death incidences, dashed, ending at F1 + F2 of the last step.
    CHECK_FALSE(c.stacked);
    auto* stack = view.findChild<QCheckBox*>(QStringLiteral("stackCompeting"));
    REQUIRE(stack);
    CHECK(stack->isEnabled());
    stack->setChecked(true);
    const QCPGraph* stacked = view.items().curves.at(0).stacked;
    REQUIRE(stacked);
    CHECK_THAT((stacked->data()->constEnd() - 1)->value,
               WithinAbs(1 - r->groups[0].fit.steps.back().surv + r->groups[0].competingIncidence.back(), 1e-12));
    CHECK(stacked->pen().style() == Qt::DashLine);
    CHECK(view.plot()->yAxis->label() == QStringLiteral("Cumulative incidence (dashed: HCC or death)"));
    test::screenshot(view, QStringLiteral("survival_competing_shi2021"));
}

TEST_CASE("SurvivalView: PH diagnostics show cox.zph, log(-log) survival and the Schoenfeld smooth of R",
          "[survival][view]") {
    test::application();
    SurvivalView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    view.setStudy(
        test::importedStudy(std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests/data/survival_depth/veteran"));
    REQUIRE((view.report() || shown.wait(30000)));
    CHECK_FALSE(view.report()->phTest);  // only asked for while the diagnostics are open
    PhDialog* ph = view.showPhDiagnostics();
    REQUIRE(shown.wait(30000));
    REQUIRE(view.report()->phTest);
    // R: cox.zph(coxph(Surv(time, status) ~ arm, veteran), transform = "km"): chisq 3.537, p 0.0600
    // (tests/reference/survival_depth_reference.txt, "veteran zph")
    CHECK(ph->testText().contains(QString::fromUtf8("TRT01A \u03c7\u00b2 = 3.54 on 1 df, p = 0.0600")));
    CHECK(ph->testText().contains(QStringLiteral("GLOBAL")));
    // log(-log S): one curve per arm, at event times with 0 < S < 1
    REQUIRE(ph->logLogPlot()->graphCount() == 2);
    const SurvivalGroup& g0 = view.report()->groups.at(0);
    const auto first = std::find_if(g0.fit.steps.begin(), g0.fit.steps.end(),
                                    [](const stats::KmStep& s) { return s.nEvent > 0 && s.surv < 1; });
    CHECK_THAT(ph->logLogPlot()->graph(0)->data()->constBegin()->value,
               WithinRel(std::log(-std::log(first->surv)), 1e-12));
    CHECK(ph->logLogPlot()->xAxis->scaleType() == QCPAxis::stLogarithmic);
    // Schoenfeld: 128 events; the smooth's first grid point as plot.cox.zph ("veteran zph_smooth | 1")
    QCustomPlot* res = ph->residualPlot();
    REQUIRE(res->graphCount() == 4);
    CHECK(res->graph(0)->dataCount() == 128);
    CHECK(res->graph(1)->dataCount() == 40);
    CHECK_THAT(res->graph(1)->data()->constBegin()->value, WithinRel(-0.432146643470488, 1e-8));
    CHECK_THAT(res->graph(2)->data()->constBegin()->value, WithinRel(-1.61959378949484, 1e-8));
    CHECK(res->yAxis->label().startsWith(QString::fromUtf8("\u03b2(t) for")));
    ph->resize(1100, 520);
    test::screenshot(*ph, QStringLiteral("survival_ph_diagnostics_veteran"));
    ph->close();
}

TEST_CASE("SurvivalView title names the grouping and the population as a clinician reads them", "[survival][view]") {
    test::application();
    SurvivalView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    view.setStudy(test::sampleStudy("li2023"));
    REQUIRE((view.report() || shown.wait(30000)));
    const auto title = [&] {
        auto* t = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->element(0, 0));
        return t ? t->text() : QString();
    };
    CHECK(title() == QStringLiteral("Overall survival by actual treatment"));  // it said "by TRT01A"
    auto* population = view.findChild<QComboBox*>(QStringLiteral("population"));
    REQUIRE(population);
    const int psm = population->findData(QStringLiteral("PSMFL"));
    REQUIRE(psm > 0);
    population->setCurrentIndex(psm);
    REQUIRE(shown.wait(30000));
    CHECK(title() == QStringLiteral("Overall survival by actual treatment, PSMFL = Y"));
    auto* by = view.findChild<QComboBox*>(QStringLiteral("by"));
    by->setCurrentIndex(by->findData(QStringLiteral("SEX")));
    REQUIRE(shown.wait(30000));
    CHECK(title() == QStringLiteral("Overall survival by sex, PSMFL = Y"));
}

TEST_CASE("SurvivalView offers variables and populations by their labels", "[survival][view][labels]") {
    test::application();
    SurvivalView view;
    view.resize(1200, 800);
    view.show();
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    view.setStudy(test::pilotStudy());  // the XPT files' labels
    REQUIRE((view.report() || shown.wait(30000)));
    auto* by = view.findChild<QComboBox*>(QStringLiteral("by"));
    auto* population = view.findChild<QComboBox*>(QStringLiteral("population"));
    REQUIRE(by);
    REQUIRE(population);
    const int agegr = by->findData(QStringLiteral("AGEGR1"));
    REQUIRE(agegr > 0);
    CHECK(by->itemText(agegr) == QStringLiteral("Pooled Age Group 1 (AGEGR1)"));
    CHECK(by->itemText(by->findData(QStringLiteral("SEX"))) == QStringLiteral("Sex (SEX)"));
    const int saffl = population->findData(QStringLiteral("SAFFL"));
    REQUIRE(saffl > 0);
    CHECK(population->itemText(saffl) == QStringLiteral("Safety Population Flag (SAFFL)"));
    by->setCurrentIndex(agegr);
    // The report of this grouping, not a later signal of an earlier analysis (slow under ASan).
    REQUIRE(QTest::qWaitFor([&view] { return view.report() && view.report()->by == "AGEGR1"; }, 30000));
    auto* title = qobject_cast<QCPTextElement*>(view.plot()->plotLayout()->element(0, 0));
    REQUIRE(title);
    CHECK(title->text().contains(QStringLiteral(" by pooled age group 1")));
}

TEST_CASE("KmPlot statistics box: a corner clear of the curves before one over them", "[ui][km]") {
    test::application();
    SurvivalOptions o;
    o.endpoint = "OS";
    const SurvivalReport report = analyseSurvival(*test::sampleStudy("li2023"), o);
    KmPlotOptions options;
    options.riskTable = false;
    QCustomPlot plot;
    plot.show();
    plot.resize(480, 360);
    QApplication::processEvents();
    const KmPlotItems items = KmPlot::render(&plot, report, options);
    plot.replot();
    const QCPItemText* box = items.statsBox;
    REQUIRE(box->visible());
    const QRectF drawn(box->topLeft->pixelPosition(), box->bottomRight->pixelPosition());
    int covered = 0;
    for (const KmCurveItems& c : items.curves)
        for (auto it = c.curve->data()->constBegin(); it != c.curve->data()->constEnd(); ++it)
            covered += drawn.contains(QPointF(plot.xAxis->coordToPixel(it->key), plot.yAxis->coordToPixel(it->value)));
    // The corner order fixed before layout put the box, at its real size, over 28 steps of the
    // SCT curve; a corner clear of both curves exists at this size and is taken.
    CHECK(covered == 0);
    CHECK(QRectF(items.main->rect()).contains(drawn));
}
