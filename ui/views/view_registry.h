#pragma once
// The view registry: every view of a study is declared here once, and from that declaration gets
// its tab in the viewer (MainWindow), its `trialscope-cli export --view` name and the options it
// reads, its line in --help and docs/options.md, and its place in a study's report (registry
// order is tab order is report order). Adding a view: docs/ARCHITECTURE.md, "How to add a view".
//
// The comparison of several studies is not a view of one study: it has its own window (View >
// Compare studies) and its own export (--view compare, with the options of ui/compare/compare_options.h).
#include <string>
#include <string_view>
#include <vector>

#include <QString>

#include "core/model/study_data.h"
#include "core/options/args.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QWidget;

namespace ts {

class ViewPage;

enum class ViewId { Survival, Labs, AdverseEvents, Baseline, Liver, Profile };

struct ViewSpec {
    ViewId id;
    std::string_view name;                  // `export --view` name, e.g. "km"
    const char* title;                      // tab and report section, e.g. "Survival"
    std::string_view help;                  // one line for --help and docs/options.md
    std::vector<std::string_view> options;  // command-line options the view reads, besides --study
                                            // and the figure's (figureOptionNames())
    // The viewer's tab, titled `title`.
    ViewPage* (*makePage)(QWidget* parent);
    // The view of `study` drawn headless into `plot`, with the options in `args` (throws
    // UsageError on a bad option, AnalysisError where the analysis cannot run).
    void (*drawFigure)(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style);
};

// The views of a study, in tab order.
const std::vector<ViewSpec>& viewRegistry();
const ViewSpec& viewSpec(ViewId id);
// nullptr when no view has this name.
const ViewSpec* findView(std::string_view name);
// The page of a view, made and titled as the registry says.
ViewPage* makeViewPage(const ViewSpec& spec, QWidget* parent);

// The options of the figure itself (size, fonts, title, caption, background), every view's.
const std::vector<std::string_view>& figureOptionNames();
// "km|labs|ae|baseline|compare": the names `export --view` takes.
std::string viewNames();

}  // namespace ts
