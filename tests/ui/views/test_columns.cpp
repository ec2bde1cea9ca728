// Time columns of exported survival figures: neighbouring tick labels and risk-table numbers keep at
// least a digit's width apart at every size and font size (narrow figures label every k-th tick and
// show every k-th column), every number stays under a labelled tick, and the risk-table rows keep
// a line of text each when the font grows.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "tests/ui/views/export_fixture.h"

using Catch::Matchers::WithinAbs;
using ts::test::SvgText;

namespace {

// Rows (by baseline) of the whole-number texts of one pane that hold two or more numbers, top to
// bottom, each sorted by x. The first is the time axis's tick labels (the y axis has one label a row).
std::vector<std::vector<const SvgText*>> numberRows(const std::vector<SvgText>& texts, double from, double to) {
    std::map<long, std::vector<const SvgText*>> byY;
    for (const SvgText& t : texts) {
        bool number = false;
        t.text.toInt(&number);
        if (number && t.x >= from && t.x < to) byY[std::lround(t.y * 2)].push_back(&t);
    }
    std::vector<std::vector<const SvgText*>> rows;
    for (auto& [y, row] : byY)
        if (row.size() >= 2) {
            std::sort(row.begin(), row.end(), [](auto* a, auto* b) { return a->x < b->x; });
            rows.push_back(row);
        }
    return rows;
}

double width(const SvgText& t) { return 2 * (t.centre - t.x); }

void checkPane(const std::vector<SvgText>& texts, double from, double to) {
    const auto rows = numberRows(texts, from, to);
    REQUIRE(rows.size() >= 3);  // tick labels and at least two arms' at-risk rows
    const auto& ticks = rows.front();
    CHECK(ticks.size() >= 3);
    for (const auto& row : rows)
        for (size_t k = 1; k < row.size(); ++k) {
            const SvgText& a = *row[k - 1];
            const SvgText& b = *row[k];
            const double digit = std::max(width(a) / a.text.size(), width(b) / b.text.size());
            INFO(a.text.toStdString() << " | " << b.text.toStdString());
            CHECK(b.x - (a.x + width(a)) >= 0.9 * digit);
        }
    for (size_t r = 1; r < rows.size(); ++r) {
        // Each number centred under a labelled tick, within a pixel.
        for (const SvgText* n : rows[r]) {
            const auto nearest = std::min_element(ticks.begin(), ticks.end(), [n](auto* a, auto* b) {
                return std::abs(a->centre - n->centre) < std::abs(b->centre - n->centre);
            });
            INFO(n->text.toStdString());
            CHECK_THAT((*nearest)->centre, WithinAbs(n->centre, 1.0));
        }
        // Rows a line of text apart (the font size is in canvas units: the export does not scale).
        CHECK(rows[r].front()->y - rows[r - 1].front()->y >= 0.95 * rows[r].front()->fontSize);
    }
}

}  // namespace

TEST_CASE("tick labels and at-risk numbers stay apart and under their ticks at every size", "[export][columns]") {
    ts::test::application();
    const auto dir = ts::test::scratch("columns");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    REQUIRE_FALSE(ts::test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021 " TRIALSCOPE_SOURCE_DIR
                                      "/sample_trials/li2023")
                      .empty());
    struct Case {
        std::string args;
        int panes;
    };
    const std::vector<Case> cases = {
        {"--study SHI2021,LI2023 --view compare --preset single", 2},
        {"--study SHI2021,LI2023 --view compare --preset one-and-half", 2},
        {"--study SHI2021,LI2023 --view compare --preset double", 2},
        {"--study SHI2021,LI2023 --view compare --layout overlay --preset single", 1},
        {"--study LI2023 --view km --preset single --font-size 12", 1},
        {"--study SHI2021 --view km --preset double --font-size 14", 1},
        {"--study SHI2021 --view km --width-mm 40 --height-mm 60", 1},
    };
    for (const Case& c : cases) {
        INFO(c.args);
        const auto svg = dir / "figure.svg";
        REQUIRE_FALSE(ts::test::run(cli + "export " + c.args + " --endpoint OS --out '" + svg.string() + "'").empty());
        const auto texts = ts::test::svgTexts(svg);
        const double w = ts::test::svgSizeMm(svg).width() / 25.4 * 96;
        for (int p = 0; p < c.panes; ++p) checkPane(texts, w * p / c.panes, w * (p + 1) / c.panes);
    }
}
