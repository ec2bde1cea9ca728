// Side-by-side comparison of Shi 2021 and Li 2023 exported at 85 mm, 180 mm and 16:9: the panes'
// main axis rects and risk-table rows share their top and bottom, in the laid-out figure and in
// what the SVG holds (y-axis "0" and "1" labels, time tick labels and at-risk numbers on the same
// baselines in both panes); the citations are stated once, in the caption, not in the panes.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include <qcustomplot.h>

#include "tests/ui/view_fixture.h"
#include "tests/ui/views/export_fixture.h"
#include "ui/compare/compare_figure.h"
#include "ui/figure/figure_exporter.h"
#include "ui/survival/km_columns.h"

using Catch::Matchers::WithinAbs;
using namespace ts;

namespace {

struct SideBySide {
    std::vector<std::unique_ptr<QCustomPlot>> owned;
    std::vector<QCustomPlot*> panes;
    std::vector<KmPlotItems> items;
    QString caption;

    // Panes sized like the CLI does (the canvas split evenly); liArms: Li 2023's shown arms.
    SideBySide(const FigureOptions& o, const std::vector<std::string>& liArms) {
        for (int i = 0; i < 2; ++i) {
            owned.push_back(std::make_unique<QCustomPlot>());
            owned.back()->resize(o.logicalSize().width() / 2, o.logicalSize().height());
            panes.push_back(owned.back().get());
        }
        CompareOptions co;
        co.endpoint = "OS";
        const Comparison c = compareStudies({{test::sample("SHI2021"), {}}, {test::sample("LI2023"), liArms}}, co);
        items = CompareFigure::sideBySide(panes, c, PlotStyle::light());
        caption = CompareFigure::citations(c);
    }
};

// Texts of one pane (by x: the left or the right half of the canvas), keyed by text, their ys.
std::map<QString, std::set<long>> paneTexts(const std::vector<test::SvgText>& texts, double from, double to) {
    std::map<QString, std::set<long>> out;
    for (const auto& t : texts)
        if (t.x >= from && t.x < to) out[t.text].insert(std::lround(t.y));
    return out;
}

}  // namespace

TEST_CASE("side-by-side panes line up at 85 mm, 180 mm and 16:9, whatever the arms shown", "[export][compare]") {
    test::application();
    const auto dir = test::scratch("compare_align");
    for (FigurePreset preset : {FigurePreset::SingleColumn, FigurePreset::DoubleColumn, FigurePreset::Slide}) {
        // Li 2023 with both arms (2 + 2 risk-table rows) and with SCT only (2 + 1 rows).
        for (const std::vector<std::string>& liArms : {std::vector<std::string>{}, std::vector<std::string>{"SCT"}}) {
            FigureOptions o = presetOptions(preset);
            o.dpi = 150;
            SideBySide fig(o, liArms);
            o.caption = fig.caption;
            INFO(figurePresets().name(preset) << " LI2023 arms shown: " << liArms.size());
            REQUIRE(fig.items.size() == 2);
            // The studies' citations are the caption, the pane footers are one provenance line each.
            CHECK(fig.caption.startsWith(QStringLiteral("SHI2021: Shi M")));
            CHECK(fig.caption.contains(QStringLiteral("; LI2023: Li")));
            for (const KmPlotItems& p : fig.items) CHECK_FALSE(p.footer->text().contains(QLatin1Char('\n')));

            // Laid out for the page: toImage leaves the panes in the export's layout until the
            // queued screen replot runs.
            const FigureExporter exporter(fig.panes, PlotStyle::light());
            const QImage image = exporter.toImage(o);
            CHECK(image.size() == o.pixelSize());
            const QRect a = fig.items[0].main->rect(), b = fig.items[1].main->rect();
            CHECK(std::abs(a.top() - b.top()) <= 1);
            CHECK(std::abs(a.bottom() - b.bottom()) <= 1);
            CHECK(a.height() > o.logicalSize().height() / 4);  // the curves are not squeezed out
            const QRect ta = fig.items[0].table->rect(), tb = fig.items[1].table->rect();
            CHECK(std::abs(ta.top() - tb.top()) <= 1);
            CHECK(std::abs(ta.bottom() - tb.bottom()) <= 1);
            // Risk-table row r of both panes at the same height (row 0: the first arm's at-risk row).
            for (size_t g = 0; g < fig.items[1].riskCells.size(); ++g) {
                if (fig.items[1].riskCells[g].empty()) continue;
                const double ya = fig.items[0].riskCells[g][0][0]->position->pixelPosition().y();
                const double yb = fig.items[1].riskCells[g][0][0]->position->pixelPosition().y();
                CHECK_THAT(ya, WithinAbs(yb, 1.0));
            }

            // What the SVG holds: the same labels on the same baselines in both halves.
            const auto svg = dir / (std::string(figurePresets().name(preset)) + std::to_string(liArms.size()) + ".svg");
            REQUIRE(exporter.save(QString::fromStdString(svg.string()), o).isEmpty());
            // Both panes label the same ticks (every one, or every k-th where the panes are narrow).
            const double step = fig.items[0].tickTimes.at(1) - fig.items[0].tickTimes.at(0);
            const int stride = kmColumnStride(fig.items[0].main, step);
            CHECK(stride == kmColumnStride(fig.items[1].main, step));
            CHECK(stride == (preset == FigurePreset::SingleColumn ? 2 : 1));
            const auto texts = test::svgTexts(svg);
            const double half = o.logicalSize().width() / 2.0;
            auto left = paneTexts(texts, 0, half), right = paneTexts(texts, half, 2 * half);
            // y axis 0.2 and 1 (the main rects' vertical scale), the time ticks (the x axis).
            for (const QString& label : {QStringLiteral("0.2"), QStringLiteral("1"), QString::number(step * stride),
                                         QStringLiteral("Time (months)"), QStringLiteral("Survival probability")}) {
                INFO(label.toStdString());
                CHECK_FALSE(left[label].empty());
                CHECK(left[label] == right[label]);
            }
            // At-risk numbers at time 0 (the first column): Shi 2021 108 and 111, Li 2023 36 and 165;
            // Li's first row sits level with Shi's first row.
            REQUIRE(left[QStringLiteral("108")].size() == 1);
            REQUIRE(right[QStringLiteral("36")].size() == 1);
            CHECK(*left[QStringLiteral("108")].begin() == *right[QStringLiteral("36")].begin());
            if (liArms.empty()) CHECK(*left[QStringLiteral("111")].begin() == *right[QStringLiteral("165")].begin());
            // The caption under the panes holds both citations once.
            bool shi = false;
            for (const auto& t : texts) shi = shi || t.text.contains(QStringLiteral("SHI2021: Shi M"));
            CHECK(shi);
        }
    }
}

TEST_CASE("trialscope-cli export of a comparison states both citations once, in the caption", "[export][compare]") {
    test::application();
    const auto dir = test::scratch("compare_cli");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    REQUIRE_FALSE(test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021 " TRIALSCOPE_SOURCE_DIR
                                  "/sample_trials/li2023")
                      .empty());
    // A caption of the user's comes first; the citations still follow it.
    for (const std::string extra : {"--layout side-by-side", "--layout overlay", "--caption 'Figure 2. OS by arm'"}) {
        INFO(extra);
        const auto svg = dir / "figure.svg";
        REQUIRE_FALSE(test::run(cli + "export --study SHI2021,LI2023 --view compare --endpoint OS --preset double " +
                                extra + " --out '" + svg.string() + "'")
                          .empty());
        int shi = 0, li = 0, caption = 0;
        for (const auto& t : test::svgTexts(svg)) {
            shi += t.text.count(QStringLiteral("Shi M, Li YY"));
            li += t.text.count(QStringLiteral("Li et al. 2023"));
            caption += t.text.count(QStringLiteral("Figure 2. OS by arm"));
        }
        CHECK(shi == 1);
        CHECK(li == 1);
        CHECK(caption == (extra.starts_with("--caption") ? 1 : 0));
    }
}

TEST_CASE("trialscope-cli export of a comparison takes the workspace's options", "[export][compare]") {
    test::application();
    const auto dir = test::scratch("compare_options");
    const std::string cli = std::string(TRIALSCOPE_CLI) + " --db '" + (dir / "s.db").string() + "' ";
    // The pilot's CSV datasets (its folder also holds the XPT copies) and Shi 2021.
    std::filesystem::create_directories(dir / "cdiscpilot01");
    for (const char* name : {"adsl.csv", "adtte.csv", "adlb.csv", "adae.csv"})
        std::filesystem::create_symlink(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / name,
                                        dir / "cdiscpilot01" / name);
    REQUIRE_FALSE(test::run(cli + "import " TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021 '" +
                            (dir / "cdiscpilot01").string() + "'")
                      .empty());
    const auto svg = dir / "figure.svg";
    auto texts = [&](const std::string& options) {
        INFO(options);
        REQUIRE_FALSE(test::run(cli + "export --study SHI2021,CDISCPILOT01 --view compare " + options + " --out '" +
                                svg.string() + "'")
                          .empty());
        QStringList out;
        for (const auto& t : test::svgTexts(svg)) out << t.text;
        return out.join(QLatin1Char('|'));
    };
    // The liver layout on each subject's baseline (mDISH), the forest of one study's subgroups.
    CHECK(texts("--layout liver").contains(QStringLiteral("eDISH across studies")));
    const QString mdish = texts("--layout liver --reference baseline");
    CHECK(mdish.contains(QStringLiteral("mDISH across studies")));
    CHECK(mdish.contains(QStringLiteral("Peak ALT (\u00d7 baseline)")));
    const QString across = texts("--layout forest --endpoint OS");
    const QString bySex = texts("--layout forest --endpoint OS --subgroup SHI2021:SEX");
    CHECK_FALSE(across.contains(QStringLiteral("interaction")));
    CHECK(bySex.contains(QStringLiteral("Treatment \u00d7 Sex (SEX) interaction")));
    // Across studies: pooled only when declared (--pool), each study's contrast against its control.
    CHECK(across.contains(QStringLiteral("Not pooled")));
    CHECK_FALSE(across.contains(QStringLiteral("Random effects")));
    const QString pooled = texts(
        "--layout forest --endpoint OS --pool --control SHI2021:Control,CDISCPILOT01:Placebo --arms "
        "'CDISCPILOT01:Placebo,CDISCPILOT01:Xanomeline Low Dose'");
    CHECK(pooled.contains(QStringLiteral("SHI2021: UC-MSC vs Control")));
    CHECK(pooled.contains(QStringLiteral("CDISCPILOT01: Xanomeline Low Dose vs Placebo")));
    CHECK(pooled.contains(QStringLiteral("Fixed effect")));
    CHECK(pooled.contains(QStringLiteral("favours experimental")));
    CHECK_FALSE(pooled.contains(QStringLiteral("Not pooled")));
    // A bad option is one line naming it; nothing is written.
    std::filesystem::remove(svg);
    const std::string refused = test::run(cli +
                                          "export --study SHI2021,CDISCPILOT01 --view compare --layout forest "
                                          "--endpoint OS --subgroup NOPE:SEX --out '" +
                                          svg.string() + "' 2>&1; echo \"exit $?\"");
    CHECK(refused == "trialscope-cli: --subgroup: study NOPE is not in --study\nexit 2\n");
    CHECK_FALSE(std::filesystem::exists(svg));
}
