// Figure export acceptance: every view (km, labs, ae, baseline, compare side by side and overlay)
// of the sample trials in PNG, PDF and SVG. PNG pixels == size x DPI; the PDF page and the SVG are
// the size in mm; PDF (pdftotext) and SVG (<text>) hold axis labels and risk-table numbers as text;
// the risk-table columns sit under their time-axis ticks in the SVG.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <map>

#include <QImage>
#include <QImageReader>
#include <qcustomplot.h>

#include "tests/ui/views/export_fixture.h"
#include "ui/compare/compare_figure.h"
#include "ui/figure/figure_exporter.h"
#include "ui/views/figure_views.h"

using Catch::Matchers::WithinAbs;
using namespace ts;

namespace {

struct Figure {
    std::string name;
    std::vector<std::string> studies;
    std::function<void(const std::vector<QCustomPlot*>&)> draw;
    std::vector<QString> words;  // text the PDF and SVG must hold
};

std::vector<Figure> everyView() {
    const PlotStyle& style = PlotStyle::light();
    auto study = [](const char* id) { return test::sample(id); };
    SurvivalOptions os;
    os.endpoint = "OS";
    LabOptions alb;
    alb.param = "ALB";
    CompareFigureOptions side;
    side.endpoint = "OS";
    CompareFigureOptions overlay = side;
    overlay.layout = CompareLayout::Overlay;
    auto pair = [&] { return std::vector<std::shared_ptr<const StudyData>>{study("SHI2021"), study("LI2023")}; };
    return {
        {"km",
         {"SHI2021"},
         [=](auto& p) { drawSurvivalFigure(p[0], *study("SHI2021"), os, std::nullopt, style); },
         {"Time (months)", "Survival probability", "At risk", "UC-MSC", "Control"}},
        {"labs",
         {"SHI2021"},
         [=](auto& p) { drawLabsFigure(p[0], *study("SHI2021"), alb, style); },
         {"ALB", "Baseline", "Week 12", "UC-MSC"}},
        {"ae",
         {"SHI2021"},
         [=](auto& p) { drawAeFigure(p[0], *study("SHI2021"), AeOptions{}, style); },
         {"adverse events", "UC-MSC", "Control", "Pyrexia"}},
        {"baseline",
         {"SHI2021"},
         [=](auto& p) { drawBaselineFigure(p[0], *study("SHI2021"), "", "", style); },
         {"baseline characteristics", "UC-MSC", "Control"}},
        {"compare-side",
         {"SHI2021", "LI2023"},
         [=](auto& p) { drawComparisonFigure(p, pair(), side, style); },
         {"SHI2021", "LI2023", "UC-MSC", "SCT", "Non-SCT", "Time (months)"}},
        {"compare-overlay",
         {"SHI2021", "LI2023"},
         [=](auto& p) { drawComparisonFigure(p, pair(), overlay, style); },
         {"SHI2021: UC-MSC", "SHI2021: Control", "LI2023: SCT", "LI2023: Non-SCT", "Time (months)"}},
    };
}

// Panes sized like the CLI does: the canvas split evenly.
std::vector<std::unique_ptr<QCustomPlot>> makePanes(size_t n, const FigureOptions& o) {
    std::vector<std::unique_ptr<QCustomPlot>> panes;
    for (size_t i = 0; i < n; ++i) {
        panes.push_back(std::make_unique<QCustomPlot>());
        panes.back()->resize(o.logicalSize().width() / static_cast<int>(n), o.logicalSize().height());
    }
    return panes;
}

std::vector<QCustomPlot*> raw(const std::vector<std::unique_ptr<QCustomPlot>>& panes) {
    std::vector<QCustomPlot*> out;
    for (const auto& p : panes) out.push_back(p.get());
    return out;
}

bool svgHolds(const std::vector<test::SvgText>& texts, const QString& word) {
    return std::any_of(texts.begin(), texts.end(), [&](const test::SvgText& t) { return t.text.contains(word); });
}

}  // namespace

TEST_CASE("every view exports to PNG, PDF and SVG at the requested size, with text kept as text", "[export]") {
    test::application();
    const auto dir = test::scratch("views");
    FigureOptions o = presetOptions(FigurePreset::DoubleColumn);  // 180 x 126 mm
    o.dpi = 300;
    for (const Figure& f : everyView()) {
        // The compare figures need two panes only side by side.
        const size_t n = f.name == "compare-side" ? f.studies.size() : 1;
        auto panes = makePanes(n, o);
        f.draw(raw(panes));
        const FigureExporter exporter(raw(panes), PlotStyle::light());
        INFO(f.name);

        const auto png = dir / (f.name + ".png");
        REQUIRE(exporter.save(QString::fromStdString(png.string()), o).isEmpty());
        QImage image(QString::fromStdString(png.string()));
        // 180 mm at 300 dpi = 2125.98 -> 2126 px; 126 mm -> 1488.19 -> 1488 px.
        CHECK(image.width() == 2126);
        CHECK(image.height() == 1488);
        CHECK(std::lround(image.dotsPerMeterX() * 0.0254) == 300);

        const auto pdf = dir / (f.name + ".pdf");
        REQUIRE(exporter.save(QString::fromStdString(pdf.string()), o).isEmpty());
        const QSizeF page = test::pdfPageSizePt(pdf);
        CHECK_THAT(page.width(), WithinAbs(180 / 25.4 * 72, 0.6));   // 510.2 pt
        CHECK_THAT(page.height(), WithinAbs(126 / 25.4 * 72, 0.6));  // 357.2 pt
        const QString text = QString::fromStdString(test::pdfText(pdf));

        const auto svg = dir / (f.name + ".svg");
        REQUIRE(exporter.save(QString::fromStdString(svg.string()), o).isEmpty());
        const QSizeF mm = test::svgSizeMm(svg);
        CHECK_THAT(mm.width(), WithinAbs(180, 0.3));
        CHECK_THAT(mm.height(), WithinAbs(126, 0.3));
        const auto texts = test::svgTexts(svg);
        for (const QString& word : f.words) {
            INFO(word.toStdString());
            CHECK(text.contains(word));
            CHECK(svgHolds(texts, word));
        }
    }
}

TEST_CASE("PNG size is size x DPI at every DPI from 72 to 1200", "[export]") {
    test::application();
    QCustomPlot plot;
    plot.resize(400, 300);
    SurvivalOptions os;
    os.endpoint = "OS";
    drawSurvivalFigure(&plot, *test::sample("LI2023"), os, std::nullopt, PlotStyle::light());
    const FigureExporter exporter({&plot}, PlotStyle::light());
    for (auto [w, h, dpi] :
         {std::tuple{85.0, 60.0, 72}, {85.0, 60.0, 1200}, {120.0, 84.0, 600}, {254.0, 142.875, 150}}) {
        FigureOptions o;
        o.widthMm = w;
        o.heightMm = h;
        o.dpi = dpi;
        const QImage image = exporter.toImage(o);
        CHECK(image.width() == std::lround(w / 25.4 * dpi));
        CHECK(image.height() == std::lround(h / 25.4 * dpi));
    }
    FigureOptions bad;
    bad.dpi = 1201;
    CHECK(exporter.save(QStringLiteral("/tmp/never.png"), bad).contains(QStringLiteral("DPI")));
    CHECK(exporter.save(QStringLiteral("/tmp/never.jpg"), FigureOptions{}).contains(QStringLiteral("format")));
}

TEST_CASE("risk-table numbers sit under their time-axis ticks in the SVG at every preset", "[export]") {
    test::application();
    const auto dir = test::scratch("align");
    for (const Choice<FigurePreset>& choice : figurePresets().all()) {
        const FigurePreset preset = choice.value;
        const FigureOptions o = presetOptions(preset);
        QCustomPlot plot;
        plot.resize(o.logicalSize());
        SurvivalOptions os;
        os.endpoint = "OS";
        const SurvivalReport report = analyseSurvival(*test::sample("SHI2021"), os);
        KmPlotOptions ko;
        ko.riskTableFull = false;  // one "at risk" row per arm
        const KmPlotItems items = KmPlot::render(&plot, report, ko, PlotStyle::light());
        const auto svg = dir / (std::string(figurePresets().name(preset)) + ".svg");
        REQUIRE(FigureExporter({&plot}, PlotStyle::light()).save(QString::fromStdString(svg.string()), o).isEmpty());
        const auto texts = test::svgTexts(svg);
        INFO(figurePresets().name(preset));
        // The compact table keeps its heading at every size (85 mm dropped it: bare numbers).
        CHECK(svgHolds(texts, QStringLiteral("Number at risk")));

        // Tick labels: the topmost row of texts holding every tick time's label (the y axis has
        // its own "0", on another row).
        REQUIRE(items.tickTimes.size() >= 3);
        std::map<long, std::vector<const test::SvgText*>> byRow;
        for (const auto& s : texts) byRow[std::lround(s.y * 2)].push_back(&s);
        std::vector<const test::SvgText*> ticks;
        for (auto& [y, row] : byRow) {
            std::vector<const test::SvgText*> found;
            for (double t : items.tickTimes)
                for (const auto* s : row)
                    if (s->text == QString::number(t)) found.push_back(s);
            if (found.size() == items.tickTimes.size()) {
                ticks = found;
                break;
            }
        }
        REQUIRE(ticks.size() == items.tickTimes.size());
        // At-risk rows: below the tick labels, rows of whole numbers with one entry per tick, top
        // to bottom in arm order.
        std::map<long, std::vector<const test::SvgText*>> rows;
        for (const auto& s : texts) {
            bool number = false;
            s.text.toInt(&number);
            if (number && s.y > ticks[0]->y + 1) rows[std::lround(s.y * 2)].push_back(&s);
        }
        std::vector<std::vector<const test::SvgText*>> arms;
        for (auto& [y, row] : rows)
            if (row.size() == items.tickTimes.size()) arms.push_back(row);
        REQUIRE(arms.size() == report.groups.size());
        for (size_t g = 0; g < arms.size(); ++g) {
            std::sort(arms[g].begin(), arms[g].end(), [](auto* a, auto* b) { return a->x < b->x; });
            const auto& at = report.groups[g].at;
            REQUIRE(at.size() == items.tickTimes.size());
            for (size_t k = 0; k < at.size(); ++k) {
                INFO("arm " << g << " tick " << k);
                CHECK(arms[g][k]->text == QString::number(std::llround(at[k].nRisk)));
                // Within a pixel (a 96-dpi canvas unit) of the tick label's centre.
                CHECK_THAT(arms[g][k]->centre, WithinAbs(ticks[k]->centre, 1.0));
            }
        }
    }
}
