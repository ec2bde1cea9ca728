// A figure exported from a view carries the export arguments that draw it (issue 16): the survival
// and labs views' exportArguments(), with non-default analysis and display options set through
// their widgets, drawn headless by `export`'s own code (the view registry) give the same figure as
// the view's own plot: the same words and numbers at the same places.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <qcustomplot.h>

#include "core/options/args.h"
#include "tests/ui/views/export_fixture.h"
#include "ui/figure/figure_exporter.h"
#include "ui/labs/labs_view.h"
#include "ui/survival/survival_view.h"
#include "ui/views/view_registry.h"

using namespace ts;

namespace {

std::vector<std::string> argumentsOf(const ViewPage& page, const std::string& study) {
    const std::optional<std::vector<std::string>> words = page.exportArguments();
    REQUIRE(words);
    std::vector<std::string> out{"--study", study, "--view", page.viewName()};
    out.insert(out.end(), words->begin(), words->end());
    return out;
}

// The <text> elements of `plot` exported as an SVG of `o`: text and position, in drawing order.
std::vector<std::tuple<QString, long, long>> texts(QCustomPlot* plot, const FigureOptions& o, const std::string& name) {
    const std::filesystem::path file = test::scratch("figure_record") / name;
    REQUIRE(FigureExporter({plot}, PlotStyle::light()).save(QString::fromStdString(file.string()), o).isEmpty());
    std::vector<std::tuple<QString, long, long>> out;
    for (const test::SvgText& t : test::svgTexts(file)) out.emplace_back(t.text, std::lround(t.x), std::lround(t.y));
    return out;
}

// The figure the registry draws from `words`, as export does.
std::vector<std::tuple<QString, long, long>> redrawn(const std::vector<std::string>& words, const StudyData& study,
                                                     const FigureOptions& o) {
    const Args args(words);
    QCustomPlot plot;
    plot.resize(o.logicalSize());
    findView(*args.value("--view"))->drawFigure(&plot, study, args, PlotStyle::light());
    return texts(&plot, o, "redrawn.svg");
}

template <class View>
void waitFor(View& view) {
    QSignalSpy shown(&view, &View::reportShown);
    REQUIRE(shown.wait(30000));
}

}  // namespace

TEST_CASE("a survival figure's export arguments redraw it as the view shows it", "[ui][record]") {
    test::application();
    auto* page = makeViewPage(*findView("km"), nullptr);
    auto& view = *static_cast<SurvivalView*>(page);
    view.resize(1200, 800);
    view.show();
    view.setStudy(test::sample("SHI2021"));
    waitFor(view);
    auto* conf = view.findChild<QComboBox*>("confType");
    conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::Plain)));
    waitFor(view);
    view.findChild<QCheckBox*>("median")->setChecked(false);
    view.findChild<QCheckBox*>("censor")->setChecked(false);
    view.findChild<QDoubleSpinBox*>("axisMax")->setValue(60);
    view.findChild<QDoubleSpinBox*>("rmst")->setValue(36);
    view.findChild<QCheckBox*>("rmstOn")->setChecked(true);
    waitFor(view);
    view.findChild<QCheckBox*>("rmstShade")->setChecked(true);

    const std::vector<std::string> words = argumentsOf(view, "SHI2021");
    const Args args(words);
    CHECK(args.value("--conf-type") == "plain");
    CHECK(args.value("--endpoint") == "OS");
    CHECK(args.value("--rmst") == "36");
    CHECK(args.value("--x-max") == "60");
    CHECK(args.value("--unit") == "months");
    CHECK(args.flag("--no-median-lines"));
    CHECK(args.flag("--no-censor-marks"));
    CHECK(args.flag("--rmst-shade"));
    CHECK_FALSE(args.flag("--no-risk-table"));
    CHECK_FALSE(args.value("--times"));  // the analysis's own risk-table times are not options

    FigureOptions o;
    const auto shown = texts(view.plot(), o, "view.svg");
    CHECK(shown.size() > 20);
    CHECK(redrawn(words, *test::sample("SHI2021"), o) == shown);
    delete page;
}

TEST_CASE("a labs figure's export arguments redraw it as the view shows it", "[ui][record]") {
    test::application();
    auto* page = makeViewPage(*findView("labs"), nullptr);
    auto& view = *static_cast<LabsView*>(page);
    view.resize(1200, 800);
    view.show();
    view.setStudy(test::sample("SHI2021"));
    waitFor(view);
    REQUIRE(view.setParameter("TBIL"));
    waitFor(view);
    view.setReferenceBand(false);
    view.setScale(LabScale::Change);
    waitFor(view);

    const std::vector<std::string> words = argumentsOf(view, "SHI2021");
    const Args args(words);
    CHECK(args.value("--param") == "TBIL");
    CHECK(args.value("--summary") == "median-iqr");  // bilirubin's default: the report's resolved summary
    CHECK(args.flag("--change"));
    CHECK(args.flag("--no-reference-range"));

    FigureOptions o;
    const auto shown = texts(view.plot(), o, "labs.svg");
    CHECK(shown.size() > 10);
    CHECK(redrawn(words, *test::sample("SHI2021"), o) == shown);
    delete page;
}
