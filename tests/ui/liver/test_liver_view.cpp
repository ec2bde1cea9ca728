// Liver tab on the CDISC pilot: eDISH points sit where their peaks put them at two window sizes, a
// click opens that subject's profile, the quadrant and Hy's law tables match the `liver` JSON, the
// shift table matches its report, the time-to-liver-event curve is drawn, and a study without
// subject-level labs says so.
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <qcustomplot.h>

#include "core/report/report_json.h"
#include "tests/ui/view_fixture.h"
#include "ui/liver/liver_view.h"
#include "ui/liver/shift_table_model.h"
#include "ui/views/view_registry.h"

using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

struct Shown {
    LiverView view;
    Shown(int width, int height) {
        test::application();
        view.resize(width, height);
        view.show();
        view.setStudy(test::pilotStudy());
        REQUIRE(test::waitShown(view));
        QApplication::processEvents();
        view.plot()->replot();
    }
};

}  // namespace

TEST_CASE("LiverView: every subject's point is drawn at its peaks at two window sizes", "[liver]") {
    for (const QSize size : {QSize(1400, 900), QSize(1000, 650)}) {
        Shown s(size.width(), size.height());
        const LiverReport* r = s.view.report();
        REQUIRE(r);
        REQUIRE(r->subjects.size() == 246);
        QCPAxisRect* rect = s.view.figure().rect();
        for (size_t k = 0; k < r->subjects.size(); ++k) {
            const QPointF p = s.view.figure().pixelOf(static_cast<int>(k));
            INFO(r->subjects[k].usubjid << " at " << size.width() << "x" << size.height());
            CHECK(rect->rect().contains(p.toPoint()));
            CHECK_THAT(rect->axis(QCPAxis::atBottom)->pixelToCoord(p.x()), WithinRel(r->subjects[k].xPeak, 1e-9));
            CHECK_THAT(rect->axis(QCPAxis::atLeft)->pixelToCoord(p.y()), WithinRel(r->subjects[k].yPeak, 1e-9));
            // Hovering the point names a subject drawn at the same spot.
            const int at = s.view.figure().subjectAt(p.toPoint());
            REQUIRE(at >= 0);
            const QPointF q = s.view.figure().pixelOf(at);
            CHECK(std::abs(q.x() - p.x()) <= 1.5);
            CHECK(std::abs(q.y() - p.y()) <= 1.5);
        }
        test::screenshot(s.view, QStringLiteral("liver_edish_%1").arg(size.width()));
    }
}

TEST_CASE("LiverView: a click on a point opens that subject", "[liver]") {
    Shown s(1400, 900);
    const LiverReport* r = s.view.report();
    REQUIRE(r);
    const auto hys = std::find_if(r->subjects.begin(), r->subjects.end(),
                                  [](const LiverSubject& x) { return x.quadrant == Quadrant::HysLaw; });
    REQUIRE(hys != r->subjects.end());
    const QPoint at = s.view.figure().pixelOf(static_cast<int>(hys - r->subjects.begin())).toPoint();
    QSignalSpy opened(&s.view, &ViewPage::subjectActivated);
    QTest::mouseClick(s.view.plot(), Qt::LeftButton, {}, at);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toString() == QString::fromStdString(hys->usubjid));
    // Away from every point nothing opens.
    QTest::mouseClick(s.view.plot(), Qt::LeftButton, {}, s.view.figure().rect()->rect().topLeft() + QPoint(200, 3));
    CHECK(opened.count() == 1);
}

TEST_CASE("LiverView: the quadrant and Hy's law tables match the liver JSON", "[liver]") {
    Shown s(1400, 900);
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(liverJson(*s.view.report()))).object();
    const QJsonArray groups = doc["groups"].toArray();
    QAbstractItemModel* model = s.view.quadrantTable()->model();
    REQUIRE(model->columnCount() == groups.size() + 2);
    const char* keys[] = {"normal", "hyperbilirubinemia", "temple", "hys_law"};
    for (int g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups[g].toObject();
        CHECK(model->headerData(g + 1, Qt::Horizontal).toString().startsWith(group["name"].toString()));
        for (int q = 0; q < 4; ++q)
            CHECK(model->index(q, g + 1).data(Qt::UserRole).toInt() == group["quadrants"].toObject()[keys[q]].toInt());
        CHECK(model->index(4, g + 1).data(Qt::UserRole).toInt() == group["n"].toInt());
    }
    // One of 246 in the Hy's law range (cdisc_liver_reference.txt: "edish group" lines, from
    // cdisc_liver_reference.R).
    CHECK(model->index(3, groups.size() + 1).data().toString() == "1 (0.4%)");
    QAbstractItemModel* hys = s.view.hysLawTable()->model();
    REQUIRE(hys->rowCount() == 1);
    CHECK(hys->index(0, 0).data().toString() == "01-705-1186");
    CHECK(hys->index(0, 10).data().toString() == "yes");  // ALP 5.97 x ULN: a cholestatic component
    CHECK(hys->index(0, 9).data().toString() == "Cholestatic");
}

TEST_CASE("LiverView: mDISH and AST redraw with their axes and defaults", "[liver]") {
    Shown s(1400, 900);
    QSignalSpy shown(&s.view, &LiverView::reportShown);
    s.view.setReference(LiverReference::Baseline);
    REQUIRE(shown.wait(20000));
    CHECK(s.view.report()->xCut == 3.8);
    CHECK(s.view.report()->yCut == 4.8);
    CHECK(s.view.figure().rect()->axis(QCPAxis::atBottom)->label() == QString::fromUtf8("Peak ALT (\u00d7 baseline)"));
    test::screenshot(s.view, QStringLiteral("liver_mdish"));
    s.view.setX(LiverX::Ast);
    REQUIRE(shown.wait(20000));
    CHECK(s.view.report()->x == "AST");
}

TEST_CASE("LiverView: the shift table and time to a liver event", "[liver]") {
    Shown s(1400, 900);
    s.view.showPanel(1);
    if (!s.view.shiftModel()->report().groups.size()) {
        QSignalSpy spy(&s.view, &LiverView::shiftShown);
        REQUIRE(spy.wait(20000));
    }
    const ShiftReport& shift = s.view.shiftModel()->report();
    CHECK(shift.param == "ALT");
    const QAbstractItemModel* model = s.view.shiftModel();
    // Heading row "NOT HIGH", then its worst categories; Placebo column: 80 subjects, 74 and 6
    // (cdisc_liver_reference.txt: "shift ALT high range | Placebo" lines, from cdisc_liver_reference.R).
    CHECK(model->index(0, 0).data().toString() == "NOT HIGH");
    CHECK(model->index(0, 1).data(Qt::UserRole).toInt() == 80);
    CHECK(model->index(1, 1).data().toString() == "74 (92.5%)");
    CHECK(model->index(2, 1).data().toString() == "6 (7.5%)");
    test::screenshot(s.view, QStringLiteral("liver_shift"));
    s.view.showPanel(2);
    if (!s.view.eventReport()) {
        QSignalSpy spy(&s.view, &LiverView::eventShown);
        REQUIRE(spy.wait(20000));
    }
    CHECK(s.view.eventReport()->endpoint == "ALT_GE3ULN");
    CHECK(s.view.eventReport()->groups.size() == 3);
    test::screenshot(s.view, QStringLiteral("liver_event"));
}

TEST_CASE("LiverView: each panel's figure is a view of export, with the panel's options", "[liver][record]") {
    Shown s(1400, 900);
    const auto words = [&s] {
        const auto w = s.view.exportArguments();
        REQUIRE(w);
        return Args(*w);
    };
    // The event panel: its own plot, and export's code draws the same title from the view's words.
    s.view.showPanel(2);
    if (!s.view.eventReport()) {
        QSignalSpy spy(&s.view, &LiverView::eventShown);
        REQUIRE(spy.wait(20000));
    }
    CHECK(s.view.plot() == s.view.eventPlot());
    CHECK(words().value("--panel") == "event");
    CHECK(words().value("--event-param") == "ALT");
    CHECK(words().value("--multiple") == "3");
    QCustomPlot drawn;
    viewSpec(ViewId::Liver).drawFigure(&drawn, *test::pilotStudy(), words(), PlotStyle::current());
    const auto title = [](QCustomPlot* p) {
        auto* t = qobject_cast<QCPTextElement*>(p->plotLayout()->element(0, 0));
        return t ? t->text() : QString();
    };
    CHECK(title(&drawn) == title(s.view.eventPlot()));
    CHECK(title(&drawn).endsWith(QStringLiteral("Time to first ALT \u2265 3 \u00d7 ULN (derived from ADLB)")));
    // The shift panel is a table: no plot of its own; its words name the panel and its choices.
    s.view.showPanel(1);
    CHECK(s.view.plot() == nullptr);
    CHECK(words().value("--panel") == "shift");
    CHECK(words().value("--shift-param") == "ALT");
    s.view.showPanel(0);
    CHECK(words().value("--panel") == "edish");
}

TEST_CASE("LiverView: a study without subject-level liver tests says so", "[liver]") {
    test::application();
    LiverView view;
    view.resize(1000, 700);
    view.setStudy(test::sampleStudy("jia2020"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.busy(), 20000);
    QApplication::processEvents();
    CHECK_FALSE(view.report());
    CHECK(view.message().contains("published lab summaries only"));
    // SHI2021: subject-level labs, but neither ALT nor AST.
    view.setStudy(test::sampleStudy("shi2021"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.busy(), 20000);
    QApplication::processEvents();
    CHECK_FALSE(view.report());
    CHECK(view.message().contains("subject-level labs are"));
    CHECK(view.message().contains("TBIL"));
}
