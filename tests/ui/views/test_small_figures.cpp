// Single-column exports of the labs and eDISH views of the CDISC pilot, whose footnotes carry long
// notes (records not summarised by visit, subjects left out): each keeps a readable plot with every
// text inside the canvas. The labs legend makes way (the n table names each arm in its colour), the
// notes go to the command's output and the file's record, and the eDISH y axis takes a shorter
// wording; a double-column export keeps the legend and draws every note. The AE dot plot shows the
// terms it has room for, a line apart; the forest plot's labels stay within the figure.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "tests/ui/views/export_fixture.h"

namespace {

struct Export {
    QJsonObject output;  // the command's JSON
    QJsonObject record;  // `inspect` of the file
    std::vector<ts::test::SvgText> texts;
    QSizeF canvas;  // viewBox units (96 per inch)
};

int count(const std::vector<ts::test::SvgText>& texts, const QString& prefix) {
    return static_cast<int>(
        std::count_if(texts.begin(), texts.end(), [&](const auto& t) { return t.text.startsWith(prefix); }));
}

bool anyContains(const std::vector<ts::test::SvgText>& texts, const QString& part) {
    return std::any_of(texts.begin(), texts.end(), [&](const auto& t) { return t.text.contains(part); });
}

}  // namespace

TEST_CASE("single-column figures (labs, eDISH, AE dot plot, forest) keep their plot and every text in the canvas",
          "[export][room]") {
    ts::test::application();
    const auto dir = ts::test::scratch("small_figures");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    std::filesystem::create_directories(dir / "cdiscpilot01");
    for (const char* name : {"adsl.csv", "adlb.csv", "adae.csv"})
        std::filesystem::create_symlink(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / name,
                                        dir / "cdiscpilot01" / name);
    REQUIRE_FALSE(ts::test::run(cli + "import '" + (dir / "cdiscpilot01").string() +
                                "' " TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021 " TRIALSCOPE_SOURCE_DIR
                                "/sample_trials/li2023")
                      .empty());

    const auto exported = [&](const std::string& view, const char* preset, const std::string& study = "CDISCPILOT01") {
        const auto svg = dir / (view.substr(0, 4) + "_" + preset + ".svg");
        Export e;
        e.output = QJsonDocument::fromJson(QByteArray::fromStdString(
                                               ts::test::run(cli + "export --study " + study + " --view " + view +
                                                             " --preset " + preset + " --out '" + svg.string() + "'")))
                       .object();
        e.record =
            QJsonDocument::fromJson(QByteArray::fromStdString(ts::test::run(cli + "inspect '" + svg.string() + "'")))
                .object();
        e.texts = ts::test::svgTexts(svg);
        e.canvas = ts::test::svgSizeMm(svg) / 25.4 * 96;
        return e;
    };

    SECTION("labs, bilirubin") {
        const Export small = exported("labs --param BILI", "single");
        INFO(QJsonDocument(small.output).toJson().toStdString());
        for (const auto& t : small.texts) {
            INFO(t.text.toStdString() << " at y " << t.y);
            CHECK(t.y <= small.canvas.height());  // the baseline inside: the footnote was cut
            CHECK(t.y - 0.8 * t.fontSize >= 0);   // the top inside: the title was cut
        }
        // The n table's row (its name in colour over the unseen tick label that keeps its margin);
        // the legend made way.
        CHECK(count(small.texts, "Placebo") == 2);
        CHECK(anyContains(small.texts, "Data: original"));
        CHECK(anyContains(small.texts, "p < 0.05 between groups"));  // the key to the stars stays
        CHECK_FALSE(anyContains(small.texts, "baseline records"));
        const QJsonArray notes = small.output.value("notes_not_drawn").toArray();
        CHECK(notes.size() == 3);
        CHECK(
            notes.contains(QStringLiteral("24 baseline records (ABLFL) from other visits are summarised at Baseline")));
        CHECK(small.record.value("notes_not_drawn").toArray() == notes);

        const Export large = exported("labs --param BILI", "double");
        CHECK(count(large.texts, "Placebo") == 3);  // the legend too
        CHECK(anyContains(large.texts, "baseline records"));
        CHECK_FALSE(large.output.contains("notes_not_drawn"));
        CHECK_FALSE(large.record.contains("notes_not_drawn"));
    }
    // Every text within the canvas's width (its start and its end).
    const auto acrossInside = [](const Export& e) {
        for (const auto& t : e.texts) {
            INFO(t.text.toStdString() << " from x " << t.x << " to " << 2 * t.centre - t.x);
            CHECK(t.x >= -0.5);
            CHECK(2 * t.centre - t.x <= e.canvas.width() + 0.5);
        }
    };
    SECTION("AE dot plot of all subjects") {
        const Export small = exported("ae --dot-plot", "single");
        acrossInside(small);
        // The default comparison is of two treatment arms (it was Screen Failure vs Placebo).
        CHECK(anyContains(small.texts, "adverse events, Xanomeline High Dose"));
        CHECK_FALSE(anyContains(small.texts, "adverse events, Screen Failure"));
        // The term names (upper case, left of the incidence panel) are a line apart: 230 terms were
        // drawn over each other in a strip.
        std::vector<double> rows;
        for (const auto& t : small.texts)
            if (t.text == t.text.toUpper() && t.text.size() > 3 && t.x < small.canvas.width() / 3) rows.push_back(t.y);
        std::sort(rows.begin(), rows.end());
        REQUIRE(rows.size() >= 3);
        for (std::size_t k = 1; k < rows.size(); ++k) CHECK(rows[k] - rows[k - 1] >= 6);
        CHECK(anyContains(small.texts, "of 230 terms shown"));
    }
    SECTION("a table figure") {
        // A table is as high as its rows, not a plot that needs a quarter of the figure: at double
        // column its title is as large as a survival figure's (every table figure was drawn at 6 pt).
        const Export table = exported("baseline", "double", "SHI2021");
        const Export km = exported("km --endpoint OS", "double", "SHI2021");
        CHECK(table.output.value("fits").toBool());
        CHECK(table.output.value("font_size_drawn").toDouble() == 8);
        double tableTitle = 0, kmTitle = 0;
        for (const auto& t : table.texts)
            if (t.text.startsWith("SHI2021: baseline")) tableTitle = t.fontSize;
        for (const auto& t : km.texts)
            if (t.text.startsWith("Overall survival")) kmTitle = t.fontSize;
        REQUIRE(kmTitle > 0);
        CHECK_THAT(tableTitle, Catch::Matchers::WithinRel(kmTitle, 0.01));
        // At 85 mm its columns would need text under 6 pt: the export says it does not fit.
        CHECK_FALSE(exported("baseline", "single", "SHI2021").output.value("fits").toBool());
    }
    SECTION("forest plot") {
        // Its x label ran past both edges of a single-column figure, its footnote past the right.
        acrossInside(exported("compare --layout forest --endpoint OS", "single", "SHI2021,LI2023"));
    }
    SECTION("eDISH") {
        const Export small = exported("edish", "single");
        for (const auto& t : small.texts) {
            INFO(t.text.toStdString() << " at y " << t.y);
            CHECK(t.y <= small.canvas.height());
        }
        // "Peak total bilirubin (x ULN)" is longer than the plot is high: it ran up into the legend.
        CHECK(count(small.texts, "Peak BILI (\u00d7 ULN)") == 1);
        CHECK(count(small.texts, "Peak total bilirubin") == 0);
        CHECK(anyContains(small.texts, "cut-offs 3 \u00d7 ULN"));
        // Its notes are drawn or listed for the caption, never lost.
        const QString note = QStringLiteral("left out, no subject with both peaks: Screen Failure");
        CHECK((anyContains(small.texts, note) || small.output.value("notes_not_drawn").toArray().contains(note)));
        const Export large = exported("edish", "double");
        CHECK(count(large.texts, "Peak total bilirubin (\u00d7 ULN)") == 1);
        CHECK(anyContains(large.texts, "no subject with both peaks"));
    }
}
