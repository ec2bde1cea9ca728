// Legends in a row of their own (eDISH, labs) take as many columns as the export's width allows, at
// the export's size: an 85 mm eDISH export kept the window's columns, its entries ran into each other
// and into the plot.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "tests/ui/views/export_fixture.h"

TEST_CASE("an exported eDISH legend takes the columns of the figure's width, its entries apart", "[export][legend]") {
    ts::test::application();
    const auto dir = ts::test::scratch("legend_rows");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    REQUIRE_FALSE(ts::test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/qin2024").empty());
    // Qin 2024 has no ULN for its arms' points (every group is "left out, no subject with both
    // peaks"): the legend holds the four liver-injury patterns.
    const QStringList entries{"Hepatocellular", "Mixed", "Cholestatic", "No ALP"};
    for (const char* preset : {"single", "double"}) {
        const auto svg = dir / (std::string("edish_") + preset + ".svg");
        REQUIRE_FALSE(ts::test::run(cli + "export --study QIN2024 --view edish --preset " + preset + " --out '" +
                                    svg.string() + "'")
                          .empty());
        std::map<long, std::vector<ts::test::SvgText>> rows;  // the legend's entries by baseline
        for (const auto& t : ts::test::svgTexts(svg))
            if (entries.contains(t.text)) rows[std::lround(t.y)].push_back(t);
        INFO(preset);
        std::size_t found = 0, widest = 0;
        for (auto& [y, row] : rows) {
            found += row.size();
            widest = std::max(widest, row.size());
            std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.x < b.x; });
            for (std::size_t k = 1; k < row.size(); ++k) {
                INFO(row[k - 1].text.toStdString() << " | " << row[k].text.toStdString());
                CHECK(row[k].x > 2 * row[k - 1].centre - row[k - 1].x);  // starts after the previous ends
            }
        }
        CHECK(found == static_cast<std::size_t>(entries.size()));
        CHECK(widest >= 2);       // in columns, not one entry a line down the figure
        CHECK(rows.size() <= 2);  // 4 entries in at most 2 lines
    }
}
