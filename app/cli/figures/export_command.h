#pragma once
// trialscope-cli export: renders a view (km, labs, ae, baseline) of one or more studies, or a
// comparison of 2-4 studies, headless (Qt's offscreen platform) to PNG, PDF or SVG through the
// viewer's own figure code (ui/figure_views.h, ui/figure_exporter.h). Prints
// {"out":..,"format":..,"width_mm":..,"height_mm":..,"dpi":..,"width_px":..,"height_px":..,"panes":..}.
#include <memory>

#include <QApplication>

#include "app/cli/commands.h"

namespace ts::cli {

// With --from FILE: the view a figure's record names (core/io/figure_record.h) with its options, the
// command line's overriding them; refused (AnalysisError naming the study) when a study's data
// fingerprint differs from the record's, unless --force.
int exportFigure(Context& ctx, const Args& args);
// trialscope-cli inspect FILE: prints the record a TrialScope figure (PNG, SVG, PDF) carries.
int inspectFigure(Context& ctx, const Args& args);
// The usage lines of export: the views of the registry (ui/views/view_registry.h) with their options.
std::string exportCommandUsage();
// The views and figure options of export as a Markdown section of docs/options.md.
std::string exportViewsMarkdown();
// trialscope-cli report --study ID[,ID..] --out FILE.pdf|FILE.html (app/cli/figures/report_command.cpp).
int reportStudies(Context& ctx, const Args& args);
// The application object headless drawing needs (offscreen platform, a fixed hash seed); nullptr
// when one exists. The caller keeps it until its last plot is gone.
std::unique_ptr<QApplication> ensureApplication();

}  // namespace ts::cli
