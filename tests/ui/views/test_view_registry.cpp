// The view registry (ui/views/view_registry.h): each view declared once gives the viewer its tab,
// `export --view` its name, options and figure, and --help its line.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include <qcustomplot.h>

#include "tests/ui/views/export_fixture.h"
#include "ui/common/view_page.h"
#include "ui/views/view_registry.h"

using namespace ts;

namespace {

// Args as the command line would give them.
Args argsOf(std::vector<std::string> words) {
    words.insert(words.begin(), "trialscope-cli");
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    return Args(static_cast<int>(argv.size()), argv.data());
}

}  // namespace

TEST_CASE("registry: one entry per ViewId, in id order, names unique", "[views][registry]") {
    const auto& views = viewRegistry();
    REQUIRE(views.size() == 6);
    std::set<std::string_view> names;
    for (size_t i = 0; i < views.size(); ++i) {
        CHECK(static_cast<size_t>(views[i].id) == i);
        CHECK(&viewSpec(views[i].id) == &views[i]);
        CHECK(findView(views[i].name) == &views[i]);
        CHECK(views[i].makePage);
        CHECK(views[i].drawFigure);
        CHECK_FALSE(views[i].help.empty());
        names.insert(views[i].name);
    }
    CHECK(names.size() == views.size());
    CHECK(findView("compare") == nullptr);  // a window of its own, not a view of one study
    CHECK(viewNames() == "km|labs|ae|baseline|edish|profile|compare");
}

TEST_CASE("registry: every view makes its titled page and draws its figure", "[views][registry]") {
    test::application();
    // Per view: a sample trial that has its data, and the options it needs.
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {"SHI2021", {"--endpoint", "OS"}},
        {"SHI2021", {"--param", "ALB"}},
        {"SHI2021", {}},
        {"SHI2021", {}},
        {"QIN2024", {"--reference", "baseline"}},
        {"QIN2024", {"--subject", "QIN2024-L001"}}};
    REQUIRE(cases.size() == viewRegistry().size());
    for (const ViewSpec& spec : viewRegistry()) {
        INFO(spec.name);
        const auto& [id, options] = cases[static_cast<size_t>(spec.id)];
        const auto study = test::sample(id);
        REQUIRE(study);
        QWidget parent;
        ViewPage* page = makeViewPage(spec, &parent);
        REQUIRE(page);
        CHECK(page->title() == QString::fromUtf8(spec.title));
        QCustomPlot plot;
        plot.resize(900, 600);
        spec.drawFigure(&plot, *study, argsOf(options), PlotStyle::light());
        CHECK(plot.plottableCount() + plot.itemCount() > 0);
    }
}

TEST_CASE("registry: a bad option of a view is a usage error naming it", "[views][registry]") {
    test::application();
    QCustomPlot plot;
    CHECK_THROWS_WITH(viewSpec(ViewId::Survival)
                          .drawFigure(&plot, *test::sample("SHI2021"),
                                      argsOf({"--endpoint", "OS", "--conf-type", "loglog"}), PlotStyle::light()),
                      Catch::Contains("--conf-type: expected log, log-log"));
}
