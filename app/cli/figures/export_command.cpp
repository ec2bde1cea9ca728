#include "app/cli/figures/export_command.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHashFunctions>
#include <qcustomplot.h>

#include "core/analysis/analysis_error.h"
#include "core/analysis/option_tables.h"
#include "core/io/figure_embed.h"
#include "core/io/figure_record.h"
#include "core/io/input_error.h"
#include "core/options/view_options.h"
#include "core/report/json_writer.h"
#include "ui/figure/figure_exporter.h"
#include "ui/views/figure_views.h"
#include "ui/views/view_registry.h"

namespace ts::cli {

namespace {

FigureOptions figureOptions(const Args& args) {
    FigureOptions o;
    if (auto preset = args.choice(figurePresets())) o = presetOptions(*preset);
    o.widthMm = args.number("--width-mm").value_or(o.widthMm);
    o.heightMm = args.number("--height-mm").value_or(o.heightMm);
    if (auto d = args.number("--dpi")) o.dpi = static_cast<int>(*d);
    o.fontSize = args.number("--font-size").value_or(o.fontSize);
    o.lineWidth = args.number("--line-width").value_or(o.lineWidth);
    o.title = QString::fromStdString(args.value("--title").value_or(""));
    o.caption = QString::fromStdString(args.value("--caption").value_or(""));
    o.transparent = args.choice(figureBackgrounds()).value_or(false);
    if (QString problem = o.problem(); !problem.isEmpty()) throw UsageError(problem.toStdString());
    return o;
}

// Every option of every view (an option another view reads is accepted and ignored, as before).
std::vector<std::string> allowedOptions() {
    std::vector<std::string> out{"--study", "--view", "--out", "--from", "--force"};
    auto add = [&out](const std::vector<std::string_view>& names) {
        for (std::string_view n : names)
            if (std::find(out.begin(), out.end(), n) == out.end()) out.emplace_back(n);
    };
    add(figureOptionNames());
    add(compareOptionNames());
    for (const ViewSpec& v : viewRegistry()) add(v.options);
    return out;
}

std::string joined(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::string_view n : names) out += " " + std::string(n);
    return out;
}

// The record a figure file carries (inspect, export --from); InputError naming the file when it
// cannot be read or carries none.
FigureRecord readRecord(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) throw InputError(path, 0, "cannot read the file");
    const std::optional<std::string> json = embeddedRecord(file.readAll());
    if (!json)
        throw InputError(path, 0,
                         "no TrialScope record (a figure exported by trialscope-cli export or File > Export "
                         "figure... carries one)");
    return FigureRecord::fromJson(*json, path);
}

// export --from: the record's arguments, then the command line's (which win), without --from and --force.
Args redrawArgs(const FigureRecord& record, const Args& given) {
    std::vector<std::string> words = record.arguments;
    for (std::string& w : given.optionWords({"--from", "--force"})) words.push_back(std::move(w));
    return Args(words);
}

// The studies of `studies` whose data differ from those the record's figure was made from (or
// cannot be told: a fingerprint missing on either side). Without `force` the first of them is an
// AnalysisError naming it.
std::vector<std::string> changedStudies(const FigureRecord& record,
                                        const std::vector<std::shared_ptr<const StudyData>>& studies, bool force) {
    std::vector<std::string> changed;
    for (const auto& s : studies) {
        const auto made = std::find_if(record.studies.begin(), record.studies.end(),
                                       [&](const FigureStudy& f) { return f.id == s->info.id; });
        const DataState state =
            dataState(made == record.studies.end() ? std::string() : made->dataSha256, s->info.dataSha256);
        if (state == DataState::Same) continue;
        changed.push_back(s->info.id);
        if (force) continue;
        if (state == DataState::Unknown)
            throw AnalysisError(s->info.id +
                                ": the data this figure was made from cannot be checked (no data fingerprint: "
                                "imported before fingerprints were kept); --force draws it from the data in the store");
        throw AnalysisError(s->info.id +
                            ": data changed since this figure was made (re-imported from other files); "
                            "--force draws it from the data in the store");
    }
    return changed;
}

}  // namespace

// Qt needs an application object to paint text; headless runs use the offscreen platform. The
// caller owns it (nullptr when one exists) and destroys it before main returns: a static one was
// destroyed after Qt GUI's own globals, and its clean-up then crashed on the brush-pattern cache
// (a hatched RMST area, export --rmst-shade).
std::unique_ptr<QApplication> ensureApplication() {
    if (QCoreApplication::instance()) return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without XDG_RUNTIME_DIR Qt picks /tmp/runtime-USER itself but first prints a warning, which
    // would stand before a real error as the first line on stderr: name that folder for it.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
    }
    // Qt iterates hashes in a per-process random order, and its PDF writer lays out the embedded
    // fonts in that order: with a fixed seed the same figure is the same bytes in every run
    // (export --from redraws a PDF byte for byte, but for its creation time).
    QHashSeed::setDeterministicGlobalSeed();
    static int argc = 1;
    static char name[] = "trialscope-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

std::string exportCommandUsage() {
    std::string out =
        "export --study ID[,ID..] --view " + viewNames() + " --out FILE.png|.pdf|.svg [figure options] [view options]";
    out += "\n      export --from FIGURE --out FILE [--force] [any option]: redraws an exported figure";
    out += "\n      figure options:" + joined(figureOptionNames());
    for (const ViewSpec& v : viewRegistry()) out += "\n      --view " + std::string(v.name) + ":" + joined(v.options);
    out += "\n      --view compare:" + joined(compareOptionNames());
    return out;
}

std::string exportViewsMarkdown() {
    std::string out =
        "\n# Views\n\n"
        "Each view of a study is a tab of the viewer and a figure of `trialscope-cli export --view NAME`, with the\n"
        "options below (ui/views/view_registry.h); tab order is report order.\n\n"
        "| `--view` | tab | shows | options |\n"
        "|---|---|---|---|\n";
    for (const ViewSpec& v : viewRegistry())
        out += "| `" + std::string(v.name) + "` | " + v.title + " | " + std::string(v.help) + " |" + joined(v.options) +
               " |\n";
    out +=
        "| `compare` | (View > Compare studies) | 2\u20134 studies side by side, overlaid, as a forest plot or by lab "
        "|" +
        joined(compareOptionNames()) + " (`--layout` " + compareLayouts().expected() + ") |\n";
    out += "\nFigure options of every view:" + joined(figureOptionNames()) + " (`--preset` " +
           figurePresets().expected() + ", `--background` " + figureBackgrounds().expected() + ").\n";
    return out;
}

int inspectFigure(Context&, const Args& args) {
    args.allow({});
    if (args.positional().size() != 2) throw UsageError("inspect: expected one figure file");
    printJson(readRecord(args.positional()[1]).toJson());
    return 0;
}

int exportFigure(Context& ctx, const Args& given) {
    given.allow(allowedOptions());
    const std::optional<std::string> from = given.value("--from");
    const std::optional<FigureRecord> record = from ? std::optional(readRecord(*from)) : std::nullopt;
    const Args args = record ? redrawArgs(*record, given) : given;
    args.allow(allowedOptions());
    const std::string view = args.required("--view");
    const bool compare = view == "compare";
    const ViewSpec* spec = compare ? nullptr : findView(view);
    if (!compare && !spec) {
        std::string expected = viewNames();
        std::replace(expected.begin(), expected.end(), '|', ',');
        throw UsageError("--view: expected one of " + expected + ", got " + view);
    }
    const QString out = QString::fromStdString(args.required("--out"));
    if (!FigureExporter::supportedSuffix(out)) throw UsageError("--out: expected a .png, .pdf or .svg file");
    std::error_code same;
    if (std::filesystem::equivalent(out.toStdString(), ctx.store().path(), same))
        throw UsageError("--out: " + out.toStdString() + " is the store itself");
    FigureOptions figure = figureOptions(args);
    // An absurd size is refused before any study is loaded or any pixel allocated.
    if (QString p = figure.problem(QFileInfo(out).suffix()); !p.isEmpty()) throw UsageError(p.toStdString());
    const std::vector<std::string> ids = args.list("--study");
    if (ids.empty()) throw UsageError("--study: no study id");
    std::vector<std::shared_ptr<const StudyData>> studies;
    for (const std::string& id : ids) studies.push_back(std::make_shared<const StudyData>(ctx.study(id)));
    const std::vector<std::string> changed =
        record ? changedStudies(*record, studies, given.flag("--force")) : std::vector<std::string>();
    std::vector<const StudyInfo*> infos;
    for (const auto& s : studies) infos.push_back(&s->info);
    // The view's options as given, then the figure's as resolved (a preset as the size it gave),
    // recorded before the comparison adds its citations to the caption.
    std::vector<std::string> leaveOut{"--study", "--view", "--out", "--from", "--force"};
    for (std::string_view name : figureOptionNames()) leaveOut.emplace_back(name);
    std::vector<std::string> options = args.optionWords(leaveOut);
    const std::vector<std::string> figureWords = figure.words();
    options.insert(options.end(), figureWords.begin(), figureWords.end());

    const std::unique_ptr<QApplication> app = ensureApplication();  // outlives the plots below
    const PlotStyle& style = PlotStyle::light();
    const std::optional<CompareFigureOptions> compared =
        compare ? std::optional(CompareFigureOptions::of(args)) : std::nullopt;
    // One pane per study, side by side (also for a single-study view given several ids).
    const size_t paneCount = !compare || compared->layout == CompareLayout::SideBySide ? studies.size() : 1;
    std::vector<std::unique_ptr<QCustomPlot>> owned;
    std::vector<QCustomPlot*> panes;
    const QSize canvas = figure.logicalSize();
    for (size_t i = 0; i < paneCount; ++i) {
        owned.push_back(std::make_unique<QCustomPlot>());
        owned.back()->resize(canvas.width() / static_cast<int>(paneCount), canvas.height());
        panes.push_back(owned.back().get());
    }

    if (compare) {
        const QString citations = drawComparisonFigure(panes, studies, *compared, style);
        // The comparison curves state their studies' citations once, under the panes, after any
        // caption of the user's: a figure never leaves without its sources.
        if (!citations.isEmpty())
            figure.caption = figure.caption.isEmpty() ? citations : figure.caption + QStringLiteral(" — ") + citations;
    } else {
        for (size_t i = 0; i < studies.size(); ++i) spec->drawFigure(panes[i], *studies[i], args, style);
    }
    FigureExporter exporter(panes, style);
    exporter.setRecord(FigureRecord::of(view, infos, options));
    FigureFit fit;
    if (QString error = exporter.save(out, figure, &fit); !error.isEmpty())
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
        .field("font_size_drawn", fit.fontSize)
        .field("fits", fit.fits);
    // The footnote notes too many for the figure's size, which its record keeps for the caption.
    std::vector<std::string> notes;
    for (const QString& note : fit.notesNotDrawn) notes.push_back(note.toStdString());
    if (!notes.empty()) w.key("notes_not_drawn").stringArray(notes);
    if (from) {
        w.field("from", QFileInfo(QString::fromStdString(*from)).absoluteFilePath().toStdString());
        w.key("data_changed").stringArray(changed);
    }
    w.endObject();
    printJson(w.str());
    return 0;
}

}  // namespace ts::cli
