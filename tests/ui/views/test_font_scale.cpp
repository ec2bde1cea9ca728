// --font-size scales every text of a figure once: tick labels, legend entries and the fitted
// statistics box keep their proportions at any size.
#include <catch2/catch.hpp>

#include <map>

#include "tests/ui/views/export_fixture.h"

using Catch::Matchers::WithinRel;

namespace {

// Font size of the first SVG text that starts with `prefix`.
double sizeOf(const std::vector<ts::test::SvgText>& texts, const QString& prefix) {
    for (const auto& t : texts)
        if (t.text.startsWith(prefix)) return t.fontSize;
    FAIL("no text starting with " << prefix.toStdString());
    return 0;
}

}  // namespace

TEST_CASE("an export's font size scales tick labels, legend and statistics box alike", "[export][fonts]") {
    ts::test::application();
    const auto dir = ts::test::scratch("font_scale");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    REQUIRE_FALSE(ts::test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021").empty());
    std::vector<std::vector<ts::test::SvgText>> figures;
    for (const char* size : {"9", "12"}) {
        const auto svg = dir / (std::string("km_") + size + ".svg");
        REQUIRE_FALSE(ts::test::run(cli +
                                    "export --study SHI2021 --view km --endpoint OS --preset double --font-size " +
                                    size + " --out '" + svg.string() + "'")
                          .empty());
        figures.push_back(ts::test::svgTexts(svg));
    }
    for (const char* text : {"UC-MSC (n = 108)", "Log-rank p", "Time (months)"}) {
        INFO(text);
        const QString prefix = QString::fromUtf8(text);
        CHECK_THAT(sizeOf(figures[1], prefix) / sizeOf(figures[0], prefix), WithinRel(12.0 / 9.0, 0.03));
    }
}

TEST_CASE("text too large for the canvas is made smaller, down to 6 pt, until the figure holds it", "[export][fonts]") {
    ts::test::application();
    const auto dir = ts::test::scratch("font_fit");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    REQUIRE_FALSE(ts::test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/li2023").empty());
    std::map<std::string, double> axis;  // the time axis label's font size at each --font-size
    for (const char* size : {"7", "12"}) {
        const auto svg = dir / (std::string("km_") + size + ".svg");
        REQUIRE_FALSE(ts::test::run(cli + "export --study LI2023 --view km --preset single --font-size " + size +
                                    " --out '" + svg.string() + "'")
                          .empty());
        axis[size] = sizeOf(ts::test::svgTexts(svg), "Time (months)");
    }
    // 12 pt in 85 x 70 mm: the title, axes, risk table and footnote left the curves a strip under a
    // tenth of the figure's height; the figure takes a smaller size that leaves the plot a quarter of
    // it, not below 6 pt.
    CHECK(axis["12"] < axis["7"] * 12.0 / 7.0 * 0.95);
    CHECK(axis["12"] >= axis["7"] * 6.0 / 7.0 * 0.99);
}
