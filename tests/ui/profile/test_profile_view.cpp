// Patient tab: one pilot subject's liver tests, adverse events and outcomes on one study-day axis,
// with the same records as `trialscope-cli profile`.
#include <catch2/catch.hpp>

#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "ui/profile/profile_plot.h"
#include "ui/profile/profile_view.h"

using Catch::Matchers::WithinRel;
using namespace ts;

TEST_CASE("ProfileView: the liver tests as x ULN and one bar per adverse event", "[profile]") {
    test::application();
    ProfileView view;
    view.resize(1300, 850);
    view.show();
    view.setStudy(test::pilotStudy());
    REQUIRE(view.showSubject("01-705-1186"));
    const SubjectProfile* p = view.profile();
    REQUIRE(p);
    CHECK(p->group == "Placebo");
    CHECK(p->liver.alt == "ALT");
    int drawn = 0, withUln = 0;
    for (int g = 0; g < view.plot()->graphCount(); ++g) drawn += view.plot()->graph(g)->dataCount();
    for (const ProfileLab& l : p->labs) withUln += l.xUln && l.day;
    CHECK(drawn == withUln);
    CHECK(withUln > 20);
    // The ALT peak of 3.34375 x ULN on day 22 (the eDISH peak; tests/reference/cdisc_liver_reference.txt,
    // "edish subject 01-705-1186", from cdisc_liver_reference.R) is among the points.
    bool peak = false;
    for (const ProfileLab& l : p->labs)
        if (l.paramcd == "ALT" && l.day == 22.0) peak = l.xUln && std::abs(*l.xUln - 3.34375) < 1e-9;
    CHECK(peak);
    int bars = 0;
    for (int i = 0; i < view.plot()->itemCount(); ++i)
        bars += qobject_cast<QCPItemRect*>(view.plot()->item(i)) != nullptr;
    CHECK(bars == static_cast<int>(p->aes.size()) + 2);  // + the treatment period on both panels
    CHECK(ProfilePlot::title(*p).startsWith("CDISCPILOT01 \u00b7 01-705-1186 \u00b7 Placebo"));
    test::screenshot(view, QStringLiteral("profile"));
    CHECK_FALSE(view.showSubject("NOBODY"));
    CHECK(view.message().contains("no subject NOBODY"));
}

TEST_CASE("ProfilePlot: a subject whose labs have no ULN keeps a full-width figure and says its provenance",
          "[profile]") {
    // Shi 2021's M001: four bilirubin values without ANRHI. The one-line footnote that said so set the
    // figure's minimum width and squeezed both panels into a strip at the left, title cut to ".-";
    // and the footnote said "Data: original" of illustrative labs.
    test::application();
    const auto shi = test::sampleStudy("shi2021");
    const SubjectProfile p = subjectProfile(*shi, "SHI2021-M001");
    CHECK(p.provenance == Provenance::Illustrative);
    QCustomPlot plot;
    plot.resize(1200, 800);
    plot.show();  // the viewport takes the size
    ProfilePlot::render(&plot, p);
    plot.replot();
    const QList<QCPAxisRect*> rects = plot.axisRects();
    REQUIRE(rects.size() == 2);
    for (QCPAxisRect* rect : rects) {
        INFO("margins " << rect->margins().left() << " " << rect->margins().right() << " x "
                        << rect->axis(QCPAxis::atBottom)->range().lower << " .. "
                        << rect->axis(QCPAxis::atBottom)->range().upper << " y "
                        << rect->axis(QCPAxis::atLeft)->range().lower << " .. "
                        << rect->axis(QCPAxis::atLeft)->range().upper << " outer " << rect->outerRect().width());
        CHECK(rect->width() > 900);
    }
    QString footnote;
    QFont footFont;
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i)
        if (auto* text = qobject_cast<QCPTextElement*>(plot.plotLayout()->elementAt(i)))
            if (text->text().contains(QStringLiteral("without an upper limit"))) {
                footnote = text->text();
                footFont = text->font();
            }
    CHECK(footnote.startsWith(QStringLiteral("Data: illustrative")));
    // OS (an event) and HCC (censored) on the same day share one label instead of two drawn over
    // each other.
    QStringList outcomes;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i))) outcomes << text->text();
    CHECK(outcomes.filter(QStringLiteral("OS event")).size() == 1);
    CHECK(outcomes.contains(QStringLiteral("OS event, HCC censored")));
    // Wrapped, not one line wider than the figure.
    for (const QString& line : footnote.split(QLatin1Char('\n')))
        CHECK(QFontMetrics(footFont).horizontalAdvance(line) <= plot.width());
}
