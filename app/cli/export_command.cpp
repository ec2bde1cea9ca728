// Built only with the viewer (TRIALSCOPE_HAVE_UI): it links the Qt figure code of ui/.
#ifdef TRIALSCOPE_HAVE_UI
#include "app/cli/export_command.h"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <sstream>

#include <QApplication>
#include <QFileInfo>
#include <qcustomplot.h>

#include "app/cli/view_options.h"
#include "core/analysis/analysis_error.h"
#include "core/io/json_writer.h"
#include "ui/figure_exporter.h"
#include "ui/figure_views.h"

namespace ts::cli {

namespace {

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

// Qt needs an application object to paint text; headless runs use the offscreen platform.
void ensureApplication() {
    if (QCoreApplication::instance()) return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "trialscope-cli";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
}

FigureOptions figureOptions(const Args& args) {
    FigureOptions o;
    if (auto p = args.value("--preset")) {
        auto preset = parsePreset(*p);
        if (!preset) throw UsageError("--preset: expected single, one-and-half, double or slide, got " + *p);
        o = presetOptions(*preset);
    }
    o.widthMm = args.number("--width-mm").value_or(o.widthMm);
    o.heightMm = args.number("--height-mm").value_or(o.heightMm);
    if (auto d = args.number("--dpi")) o.dpi = static_cast<int>(*d);
    o.fontSize = args.number("--font-size").value_or(o.fontSize);
    o.lineWidth = args.number("--line-width").value_or(o.lineWidth);
    o.title = QString::fromStdString(args.value("--title").value_or(""));
    o.caption = QString::fromStdString(args.value("--caption").value_or(""));
    const std::string background = args.value("--background").value_or("white");
    if (background != "white" && background != "transparent")
        throw UsageError("--background: expected white or transparent, got " + background);
    o.transparent = background == "transparent";
    if (QString problem = o.problem(); !problem.isEmpty()) throw UsageError(problem.toStdString());
    return o;
}

std::optional<TimeUnit> timeUnit(const Args& args) {
    auto u = args.value("--unit");
    if (!u) return std::nullopt;
    auto unit = parseTimeUnit(*u);
    if (!unit) throw UsageError("--unit: expected days, weeks, months or years, got " + *u);
    return unit;
}

CompareLayout compareLayout(const Args& args) {
    const std::string l = args.value("--layout").value_or("side-by-side");
    if (l == "side-by-side") return CompareLayout::SideBySide;
    if (l == "overlay") return CompareLayout::Overlay;
    if (l == "forest") return CompareLayout::Forest;
    if (l == "labs") return CompareLayout::Labs;
    throw UsageError("--layout: expected side-by-side, overlay, forest or labs, got " + l);
}

// --arms ID:ARM,ID:ARM: the arms shown per study (a study not named shows every arm).
std::vector<CompareStudy> compareStudiesOf(const std::vector<std::shared_ptr<const StudyData>>& studies,
                                           const Args& args) {
    std::vector<CompareStudy> out;
    for (const auto& s : studies) out.push_back({s, {}});
    for (const std::string& item : splitList(args.value("--arms").value_or(""))) {
        const auto colon = item.find(':');
        if (colon == std::string::npos) throw UsageError("--arms: expected STUDY:ARM, got " + item);
        const std::string id = item.substr(0, colon);
        auto it = std::find_if(out.begin(), out.end(), [&](const CompareStudy& c) { return c.study->info.id == id; });
        if (it == out.end()) throw UsageError("--arms: study " + id + " is not in --study");
        it->arms.push_back(item.substr(colon + 1));
    }
    return out;
}

}  // namespace

int exportFigure(Context& ctx, const Args& args) {
    args.allow({"--study", "--view", "--out", "--width-mm", "--height-mm", "--dpi", "--preset", "--font-size",
                "--line-width", "--title", "--caption", "--background", "--unit", "--layout", "--arms",
                "--endpoint", "--by", "--ref", "--conf-type", "--conf-level", "--times", "--ties", "--landmark", "--population",
                "--param", "--summary", "--change", "--percent-change", "--level", "--grade", "--related", "--serious"});
    const std::string view = args.required("--view");
    const QString out = QString::fromStdString(args.required("--out"));
    if (!FigureExporter::supportedSuffix(out)) throw UsageError("--out: expected a .png, .pdf or .svg file");
    FigureOptions figure = figureOptions(args);
    const std::vector<std::string> ids = splitList(args.required("--study"));
    if (ids.empty()) throw UsageError("--study: no study id");
    std::vector<std::shared_ptr<const StudyData>> studies;
    for (const std::string& id : ids) studies.push_back(std::make_shared<const StudyData>(ctx.study(id)));

    ensureApplication();
    const PlotStyle& style = PlotStyle::light();
    const bool compare = view == "compare";
    const CompareLayout layout = compare ? compareLayout(args) : CompareLayout::SideBySide;
    // One pane per study, side by side (also for a single-study view given several ids).
    const size_t paneCount = !compare || layout == CompareLayout::SideBySide ? studies.size() : 1;
    std::vector<std::unique_ptr<QCustomPlot>> owned;
    std::vector<QCustomPlot*> panes;
    const QSize canvas = figure.logicalSize();
    for (size_t i = 0; i < paneCount; ++i) {
        owned.push_back(std::make_unique<QCustomPlot>());
        owned.back()->resize(canvas.width() / static_cast<int>(paneCount), canvas.height());
        panes.push_back(owned.back().get());
    }

    if (compare) {
        CompareOptions o;
        o.endpoint = layout == CompareLayout::Labs ? std::string() : args.required("--endpoint");
        o.unit = timeUnit(args);
        const std::string param = layout == CompareLayout::Labs ? args.required("--param") : std::string();
        const QString citations = drawComparisonFigure(panes, compareStudiesOf(studies, args), o, layout, param, style);
        // The comparison curves state their studies' citations once, under the panes, after any
        // caption of the user's: a figure never leaves without its sources.
        figure.caption = figure.caption.isEmpty() ? citations : figure.caption + QStringLiteral(" — ") + citations;
    } else {
        for (size_t i = 0; i < studies.size(); ++i) {
            const StudyData& s = *studies[i];
            if (view == "km") drawSurvivalFigure(panes[i], s, survivalOptions(args), timeUnit(args), style);
            else if (view == "labs") drawLabsFigure(panes[i], s, labOptions(args), style);
            else if (view == "ae") drawAeFigure(panes[i], s, aeOptions(args), style);
            else if (view == "baseline")
                drawBaselineFigure(panes[i], s, args.value("--by").value_or(""), args.value("--population").value_or(""), style);
            else throw UsageError("--view: expected km, labs, ae, baseline or compare, got " + view);
        }
    }
    if (QString error = FigureExporter(panes, style).save(out, figure); !error.isEmpty())
        throw std::runtime_error(error.toStdString());

    const QSize px = figure.pixelSize();
    JsonWriter w;
    w.beginObject()
        .field("out", QFileInfo(out).absoluteFilePath().toStdString())
        .field("format", QFileInfo(out).suffix().toLower().toStdString())
        .field("view", view)
        .field("width_mm", figure.widthMm)
        .field("height_mm", figure.heightMm)
        .field("dpi", figure.dpi)
        .field("width_px", px.width())
        .field("height_px", px.height())
        .field("panes", static_cast<int>(panes.size()))
        .endObject();
    printJson(w.str());
    return 0;
}

}  // namespace ts::cli

#endif  // TRIALSCOPE_HAVE_UI
