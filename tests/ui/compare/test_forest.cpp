// Forest plot: the HRs of the compared studies and of one study's subgroups, and their pooling,
// against R (tests/reference/figures/forest_compare.R, survival::coxph + metafor::rma), and the
// drawing (diamonds span the pooled CI, squares at the HRs) against metafor's BCG numbers quoted
// from tests/reference/meta_reference.txt.
#include <catch2/catch.hpp>

#include <cmath>

#include <qcustomplot.h>

#include "tests/ui/compare/test_compare_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/compare/forest_rows.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

// Shi 2021 and Li 2023 OS; `controls` names each study's control arm ("" = its reference arm).
Comparison shiLi(const std::string& shiControl = {}, const std::string& liControl = {}) {
    return compareStudies(
        {{test::sampleTrial("shi2021"), {}, shiControl}, {test::sampleTrial("li2023"), {}, liControl}}, {"OS", {}, {}});
}

}  // namespace

TEST_CASE("forest across studies: per-study Cox HR and FE / DL pooling as coxph + metafor", "[forest]") {
    const ForestData data = forestAcrossStudies(shiLi(), true);
    REQUIRE(data.rows.size() == 2);
    CHECK(data.rows[0].label == QStringLiteral("SHI2021: Control vs UC-MSC"));
    CHECK(data.rows[1].label == QStringLiteral("LI2023: Non-SCT vs SCT"));
    // R: coxph(Surv(AVAL, CNSR == 0) ~ arm, ties = "efron") on OS: coef 0.61361453182237 (Shi),
    // 0.752496203807361 (Li).
    CHECK_THAT(*data.rows[0].hr, WithinRel(std::exp(0.61361453182237), 1e-6));
    CHECK_THAT(*data.rows[1].hr, WithinRel(std::exp(0.752496203807361), 1e-6));
    // R: rma(yi, sei = sei, method = "FE"): 0.706135036883471, se 0.187946408768318,
    // CI 0.337766844673925 .. 1.07450322909302; weights 33.3817747592357 / 66.6182252407643.
    REQUIRE(data.meta.fixed);
    CHECK_THAT(data.meta.fixed->estimate, WithinRel(0.706135036883471, 1e-6));
    CHECK_THAT(data.meta.fixed->se, WithinRel(0.187946408768318, 1e-6));
    CHECK_THAT(data.meta.fixed->lower, WithinRel(0.337766844673925, 1e-6));
    CHECK_THAT(data.meta.fixed->weights[0], WithinRel(33.3817747592357, 1e-6));
    // R: rma(yi, sei = sei, method = "DL"): Q = 0.121429523312977, I2 = 0, tau2 = 0 (so DL = FE).
    REQUIRE(data.meta.random);
    REQUIRE(data.meta.heterogeneity);
    CHECK_THAT(data.meta.heterogeneity->q, WithinRel(0.121429523312977, 1e-6));
    CHECK(data.meta.heterogeneity->i2 == 0);
    CHECK(data.meta.heterogeneity->tau2 == 0);
    CHECK_THAT(data.meta.random->upper, WithinRel(1.07450322909302, 1e-6));
}

TEST_CASE("forest across studies: pooled only when declared, experimental vs control as chosen", "[forest]") {
    // Not declared comparable: each study's HR, no pooled estimate, and the footnote says why.
    const ForestData shown = forestAcrossStudies(shiLi(), false);
    REQUIRE(shown.rows.size() == 2);
    CHECK_FALSE(shown.meta.fixed);
    CHECK_FALSE(shown.meta.random);
    CHECK_THAT(shown.meta.note, Catch::Contains("Not pooled"));
    CHECK(shown.effect.contains(QStringLiteral("favours the arm named first")));
    // Each study's control chosen (Shi 2021: Control; Li 2023: non-SCT): the HRs turn over (R: coef
    // -0.61361453182237 and -0.752496203807361) and so does the pooled FE estimate (R: rma(-yi, sei =
    // sei, method = "FE") = -0.706135036883471, the same se), with its direction on the axis.
    const ForestData declared = forestAcrossStudies(shiLi("Control", "Non-SCT"), true);
    CHECK(declared.rows[0].label == QStringLiteral("SHI2021: UC-MSC vs Control"));
    CHECK(declared.rows[1].label == QStringLiteral("LI2023: SCT vs Non-SCT"));
    CHECK_THAT(std::log(*declared.rows[0].hr), WithinRel(-0.61361453182237, 1e-6));
    CHECK_THAT(std::log(*declared.rows[1].hr), WithinRel(-0.752496203807361, 1e-6));
    REQUIRE(declared.meta.fixed);
    CHECK_THAT(declared.meta.fixed->estimate, WithinRel(-0.706135036883471, 1e-6));
    CHECK_THAT(declared.meta.fixed->se, WithinRel(0.187946408768318, 1e-6));
    CHECK(declared.effect.contains(QStringLiteral("< 1 favours experimental | > 1 favours control")));
    // A study that shows two arms beside its control gives two contrasts: not pooled, and named.
    const Comparison three =
        compareStudies({{test::sampleTrial("shi2021"), {}, {}},
                        {test::pilotStudy(), {"Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"}, "Placebo"}},
                       {"OS", {}, {}});
    const ForestData refused = forestAcrossStudies(three, true);
    CHECK(refused.rows.size() == 3);
    CHECK_FALSE(refused.meta.fixed);
    CHECK_THAT(refused.meta.note, Catch::Contains("CDISCPILOT01 must show one experimental arm"));
}

TEST_CASE("forest of subgroups: Shi 2021 OS by SEX, HR within each level and the interaction test", "[forest]") {
    const ForestData data = forestSubgroups(*test::sampleTrial("shi2021"), "OS", "SEX");
    REQUIRE(data.rows.size() == 2);
    // Shi 2021's ADSL is CSV, without labels: the dictionary names SEX.
    CHECK(data.rows[0].label.startsWith(QStringLiteral("Sex = F")));
    CHECK(data.title.endsWith(QStringLiteral("by Sex (SEX)")));
    // R: coxph within SEX == "F": coef 0.326027246407828; "M": 0.661162468665784.
    CHECK_THAT(std::log(*data.rows[0].hr), WithinRel(0.326027246407828, 1e-6));
    CHECK_THAT(std::log(*data.rows[1].hr), WithinRel(0.661162468665784, 1e-6));
    // No pooled estimate over the levels of one study (it pooled them into a fixed-effect HR);
    // the interaction test instead. R (tests/reference/subgroup_interaction_reference.txt):
    // anova(coxph(~ arm + SEX), coxph(~ arm * SEX)): chisq 0.172193586089804, 1 df, p 0.678169611367408.
    CHECK_FALSE(data.meta.fixed);
    CHECK_FALSE(data.meta.random);
    CHECK(data.interaction.contains(QStringLiteral("\u03c7\u00b2 = 0.17 on 1 df, p = 0.678")));
    CHECK(data.interaction.startsWith(QStringLiteral("Treatment \u00d7 Sex (SEX) interaction")));
    CHECK(data.effect.contains(QStringLiteral("< 1 favours Control | > 1 favours UC-MSC")));
    CHECK_THROWS_WITH(forestSubgroups(*test::sampleTrial("shi2021"), "OS", "NOPE"), Catch::Contains("NOPE"));
}

TEST_CASE("forest plot draws squares at the HRs and diamonds over the pooled CIs", "[forest]") {
    test::application();
    // Three BCG trials with metafor's DL result over all 13 (tests/reference/meta_reference.txt,
    // R: rma(yi, sei = sei, method = "DL")): the plot draws what it is given.
    ForestData data;
    data.title = QStringLiteral("BCG");
    data.rows = {{"trial1", std::exp(-0.889311333920205), 0.1, 1.2, {}, {}},
                 {"trial2", std::exp(-1.58538865720143), 0.09, 0.5, {}, {}},
                 {"trial3", {}, {}, {}, QStringLiteral("no events"), {}}};
    const std::vector<stats::MetaStudy> in{{"trial1", -0.889311333920205, 0.570600354892951},
                                           {"trial2", -1.58538865720143, 0.441113501718258},
                                           {"trial3", -1.34807314829969, 0.644490469571091}};
    data.meta = stats::metaAnalysis(in);
    QCustomPlot plot;
    plot.resize(800, 500);
    const ForestItems items = ForestPlot::render(&plot, data, PlotStyle::light());
    plot.replot();
    REQUIRE(items.squares.size() == 3);
    REQUIRE(items.squares[0]);
    CHECK(items.squares[2] == nullptr);
    CHECK_THAT(items.squares[0]->data()->at(0)->key, WithinRel(std::exp(-0.889311333920205), 1e-12));
    REQUIRE(items.randomDiamond);
    // Diamond: lower, estimate, upper, estimate, lower (keys of the QCPCurve, data sorted by t).
    const auto& d = *items.randomDiamond->data();
    CHECK_THAT(d.at(0)->key, WithinRel(std::exp(data.meta.random->lower), 1e-12));
    CHECK_THAT(d.at(1)->key, WithinRel(std::exp(data.meta.random->estimate), 1e-12));
    CHECK_THAT(d.at(2)->key, WithinRel(std::exp(data.meta.random->upper), 1e-12));
    CHECK(items.heterogeneity.contains(QStringLiteral("I\u00b2")));
    CHECK(plot.xAxis->scaleType() == QCPAxis::stLogarithmic);
    CHECK(plot.xAxis->range().contains(1.0));

    // In the dark theme the title is in the theme's text colour (it was black on the dark panel).
    ForestPlot::render(&plot, data, PlotStyle::dark());
    plot.replot();
    auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("BCG"));
    CHECK(title->textColor() == PlotStyle::dark().foreground);
}

TEST_CASE("forest plot: a CI beyond four times the outermost estimates ends in an arrow", "[forest]") {
    test::application();
    // Qin 2024's high dose: HR 0.56 (0.05 to 6.54) stretched the axis over two decades and squeezed
    // every other row; now the axis stops at 0.56 / 4 and 1 x 4, the interval goes on as arrows.
    ForestData data;
    data.rows = {{"narrow", 1.0, 0.8, 1.25, {}, {}}, {"wide", 0.56, 0.05, 6.54, {}, {}}};
    QCustomPlot plot;
    plot.resize(800, 400);
    const ForestItems items = ForestPlot::render(&plot, data, PlotStyle::light());
    REQUIRE(items.whiskers.size() == 2);
    CHECK(items.whiskers[0]->tail().style() == QCPLineEnding::esNone);
    CHECK(items.whiskers[0]->head().style() == QCPLineEnding::esNone);
    CHECK(items.whiskers[1]->tail().style() == QCPLineEnding::esSpikeArrow);
    CHECK(items.whiskers[1]->head().style() == QCPLineEnding::esSpikeArrow);
    CHECK_THAT(items.whiskers[1]->start->coords().x(), WithinRel(0.56 / 4, 1e-12));
    CHECK_THAT(items.whiskers[1]->end->coords().x(), WithinRel(4.0, 1e-12));
    CHECK_THAT(items.whiskers[0]->start->coords().x(), WithinRel(0.8, 1e-12));  // inside: as it is
    CHECK(plot.xAxis->range().lower > 0.1);
    CHECK(plot.xAxis->range().upper < 6);
}

TEST_CASE("forest screenshots", "[.screenshots]") {
    test::application();
    QCustomPlot plot;
    plot.resize(1000, 420);
    plot.show();
    ForestPlot::render(&plot, forestSubgroups(*test::sampleTrial("shi2021"), "OS", "SEX"), PlotStyle::light());
    plot.replot();
    test::screenshot(plot, QStringLiteral("forest_subgroups_shi2021_sex"));
    ForestPlot::render(&plot, forestAcrossStudies(shiLi("Control", "Non-SCT"), true), PlotStyle::light());
    plot.replot();
    test::screenshot(plot, QStringLiteral("forest_across_shi2021_li2023"));
}
