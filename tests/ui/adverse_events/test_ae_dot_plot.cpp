// The adverse-event view's dot plot (ui/adverse_events/ae_dot_page.h, ae_dot_figure.h): on the CDISC
// pilot it draws each group's incidence and the arm's risk difference per term, in the report's
// order, with the arm and control set in the view; a click on a term opens its subjects; the view
// states it as export options, and export draws the same figure from them; the volcano names the
// significant terms; a study with published counts only says why there is no plot.
#include <catch2/catch.hpp>

#include <cmath>

#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QTimer>
#include <qcustomplot.h>

#include "core/options/view_options.h"
#include "tests/ui/view_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/adverse_events/ae_dot_page.h"
#include "ui/common/study_source.h"
#include "ui/views/view_registry.h"

using namespace ts;

namespace {

// Waits until the view's dot plot shows a report of `arm` against Placebo ("" = any arm).
bool waitDots(AdverseEventsView& view, const std::string& arm = {}) {
    const AeDotPage& dots = view.dotPage();
    return QTest::qWaitFor([&] { return !dots.busy() && dots.report() && (arm.empty() || dots.report()->arm == arm); },
                           30000);
}

QStringList tickLabels(QCPAxis* axis) {
    QStringList out;
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(axis->ticker());
    for (const QString& label : ticker->ticks()) out << label;
    return out;
}

}  // namespace

TEST_CASE("AE view: the dot plot of the pilot, arm against control, and a term's subjects on a click",
          "[ae][view][dotplot][cdisc]") {
    test::application();
    AdverseEventsView view;
    const auto pilot = test::pilotStudy();
    REQUIRE(test::showWithStudy(view, pilot, {1300, 900}));
    CHECK(view.plot() == nullptr);  // the table first
    view.setDotPlot(true);
    REQUIRE(waitDots(view));
    AeDotPage& dots = view.dotPage();
    // The view's population (SAFFL) has three arms with subjects: Xanomeline High Dose against
    // Placebo by default, terms with at least 5% in some arm (R: 24, tests/reference/ae_dot_plot.txt).
    REQUIRE(dots.report());
    CHECK(dots.report()->arm == "Xanomeline High Dose");
    CHECK(dots.report()->control == "Placebo");
    CHECK(dots.report()->rows.size() == 24);
    CHECK(view.plot() == dots.plot());
    const QStringList terms = tickLabels(dots.items().incidence->axis(QCPAxis::atLeft));
    REQUIRE(terms.size() == 24);
    CHECK(terms.front() == "PRURITUS");
    CHECK(dots.items().groups.size() == 3);
    CHECK(dots.items().estimates->data()->size() == 24);

    // Low dose against placebo, chosen in the view.
    dots.setArms(QStringLiteral("Xanomeline Low Dose"), QStringLiteral("Placebo"));
    REQUIRE(waitDots(view, "Xanomeline Low Dose"));
    CHECK(dots.plot()->xAxis->label().contains(QStringLiteral("Xanomeline Low Dose")));

    // A click on the first term's row asks for its subjects.
    dots.plot()->replot();
    QSignalSpy chosen(&dots, &AeDotPage::termChosen);
    QCPAxisRect* rect = dots.items().measure;
    const QPointF at(rect->center().x(), rect->axis(QCPAxis::atLeft)->coordToPixel(0));
    CHECK(AeDotFigure::rowAt(dots.items(), *dots.report(), false, at) == 0);
    // The view lists the term's subjects in a menu (each opens a profile): read it, then close it.
    int listed = -1;
    QTimer::singleShot(300, [&listed] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            listed = static_cast<int>(menu->actions().size()) - 1;  // less the "Profile of" section
            menu->close();
        }
    });
    QTest::mouseClick(dots.plot(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
    REQUIRE(chosen.size() == 1);
    const AeDotRow& first = dots.report()->rows.front();
    CHECK(chosen.front().at(1).toString().toStdString() == first.term);
    int subjects = 0;  // every group's subjects with the term
    for (size_t g = 0; g < first.percent.size(); ++g)
        subjects += static_cast<int>(std::lround(first.percent[g] * dots.report()->n[g] / 100));
    CHECK(listed == subjects);

    // The view's export options draw the same figure through export's code.
    const auto words = view.exportArguments();
    REQUIRE(words);
    const Args args(*words);
    CHECK(args.flag("--dot-plot"));
    CHECK(args.value("--arm") == "Xanomeline Low Dose");
    CHECK(args.value("--population") == "SAFFL");
    QCustomPlot redrawn;
    redrawn.resize(1300, 800);
    findView("ae")->drawFigure(&redrawn, *pilot, args, PlotStyle::current());
    CHECK(redrawn.plotLayout()->elementCount() == dots.plot()->plotLayout()->elementCount());
    CHECK(redrawn.graphCount() == dots.plot()->graphCount());

    // Another view given them shows the same.
    AdverseEventsView other;
    other.resize(1300, 900);
    other.show();
    other.restore(*words);  // as File > Open figure does, before the study comes
    other.setSource(loadedSource(pilot));
    REQUIRE(waitDots(other, "Xanomeline Low Dose"));
    CHECK(other.exportArguments() == words);
    test::screenshot(view, QStringLiteral("ae_dot_plot_cdiscpilot01"));
}

TEST_CASE("AE view: the volcano names the significant terms", "[ae][view][dotplot][cdisc]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showWithStudy(view, test::pilotStudy(), {1300, 900}));
    view.setDotPlot(true);
    REQUIRE(waitDots(view));
    view.dotPage().setVolcano(true);
    QCustomPlot* plot = view.dotPage().plot();
    QStringList named;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i))) named << text->text();
    // R: fisher.test p < 0.05 for pruritus (1.3e-4) and application site pruritus (2.6e-4), High vs Placebo.
    CHECK(named.contains(QStringLiteral("PRURITUS")));
    CHECK(named.contains(QStringLiteral("APPLICATION SITE PRURITUS")));
    CHECK(named.contains(QStringLiteral("p = 0.05")));
    CHECK(view.exportArguments()->back() == "--volcano");
}
