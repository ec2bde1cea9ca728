#include "ui/views/view_registry.h"

#include <QCoreApplication>

#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/baseline/baseline_view.h"
#include "ui/labs/labs_view.h"
#include "ui/liver/liver_event_figure.h"
#include "ui/liver/liver_view.h"
#include "ui/profile/profile_view.h"
#include "ui/survival/survival_view.h"
#include "ui/views/figure_views.h"

namespace ts {

namespace {

template <class Page>
ViewPage* make(QWidget* parent) {
    return new Page(parent);
}

void drawKm(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    drawSurvivalFigure(plot, study, survivalOptions(args), displayUnit(args), style, SurvivalDrawing::of(args));
}
void drawLabs(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    drawLabsFigure(plot, study, labOptions(args), style, LabPlotOptions::of(args));
}
void drawAe(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    if (args.flag("--dot-plot")) return drawAeDotFigure(plot, study, aeDotOptions(args), args.flag("--volcano"), style);
    drawAeFigure(plot, study, aeOptions(args), style, AeSortProxy::Arrangement::of(args));
}
void drawBaseline(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    drawBaselineFigure(plot, study, args.value("--by").value_or(""), args.value("--population").value_or(""), style,
                       args.choice(dataSources()).value_or(DataSource::Auto));
}

// The Liver tab's panel named by --panel: the eDISH (the default), the shift table or the time to
// a liver event.
void drawLiver(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    const std::string panel = args.value("--panel").value_or("edish");
    if (panel == "shift") return drawShiftFigure(plot, study, shiftOptions(args, "--shift-param"), style);
    if (panel == "event") {
        const SurvivalReport report =
            liverEventReport(study, liverEvent(args, "--event-param"), args.value("--population").value_or(""));
        return drawLiverEvent(plot, study.info, report, style);
    }
    if (panel != "edish") throw UsageError("--panel: expected edish, shift or event, got " + panel);
    drawLiverFigure(plot, study, liverOptions(args), style);
}

void drawProfile(QCustomPlot* plot, const StudyData& study, const Args& args, const PlotStyle& style) {
    drawProfileFigure(plot, study, args.required("--subject"), liverOptions(args).params, style);
}

}  // namespace

const std::vector<ViewSpec>& viewRegistry() {
    static const std::vector<ViewSpec> views{
        {ViewId::Survival,
         "km",
         QT_TRANSLATE_NOOP("ViewRegistry", "Survival"),
         "Kaplan\u2013Meier curves with CI bands, the number-at-risk table, log-rank (or trend) p and Cox HR; "
         "with --competing, the cumulative incidence (Aalen\u2013Johansen) and Gray's test",
         {"--endpoint",
          "--by",
          "--ref",
          "--population",
          "--conf-type",
          "--conf-level",
          "--times",
          "--ties",
          "--landmark",
          "--unit",
          "--strata",
          "--rho",
          "--gamma",
          "--rmst",
          "--rmst-shade",
          "--competing",
          "--stack-competing",
          "--cumulative-incidence",
          "--no-ci",
          "--no-median-lines",
          "--no-risk-table",
          "--no-censor-marks",
          "--x-max",
          "--hide"},
         make<SurvivalView>,
         drawKm},
        {ViewId::Labs,
         "labs",
         QT_TRANSLATE_NOOP("ViewRegistry", "Labs"),
         "a lab parameter by visit and arm (summary, change from baseline, n per visit, p < 0.05 markers)",
         {"--param", "--by", "--population", "--summary", "--change", "--percent-change", "--patient-lines",
          "--no-reference-range", "--no-significance", "--all-visits"},
         make<LabsView>,
         drawLabs},
        {ViewId::AdverseEvents,
         "ae",
         QT_TRANSLATE_NOOP("ViewRegistry", "Adverse events"),
         "subjects n (%) and events by system organ class or preferred term, by grade or relatedness; or the "
         "dot plot of an arm against the control (--dot-plot, --volcano)",
         {"--by", "--population", "--level", "--grade", "--related", "--serious", "--highest", "--nested", "--source",
          "--filter", "--sort", "--dot-plot", "--arm", "--control", "--measure", "--min-percent", "--volcano",
          "--conf-level"},
         make<AdverseEventsView>,
         drawAe},
        {ViewId::Baseline,
         "baseline",
         QT_TRANSLATE_NOOP("ViewRegistry", "Baseline"),
         "baseline characteristics by arm (Table 1) with p-values",
         {"--by", "--population", "--source"},
         make<BaselineView>,
         drawBaseline},
        {ViewId::Liver,
         "edish",
         QT_TRANSLATE_NOOP("ViewRegistry", "Liver"),
         "eDISH / mDISH: peak ALT (or AST) against peak bilirubin per subject, with Hy's law quadrants; "
         "--panel shift: the shift table of a lab parameter; --panel event: time to its first value >= k x ULN",
         {"--by", "--population", "--x", "--reference", "--x-cut", "--y-cut", "--alt", "--ast", "--bili", "--alp",
          "--panel", "--shift-param", "--direction", "--scale", "--event-param", "--multiple"},
         make<LiverView>,
         drawLiver},
        {ViewId::Profile,
         "profile",
         QT_TRANSLATE_NOOP("ViewRegistry", "Patient"),
         "one subject on a study-day axis: liver tests x ULN, adverse events, treatment and outcomes",
         {"--subject", "--alt", "--ast", "--bili", "--alp"},
         make<ProfileView>,
         drawProfile},
    };
    return views;
}

const ViewSpec& viewSpec(ViewId id) { return viewRegistry()[static_cast<size_t>(id)]; }

const ViewSpec* findView(std::string_view name) {
    for (const ViewSpec& v : viewRegistry())
        if (v.name == name) return &v;
    return nullptr;
}

ViewPage* makeViewPage(const ViewSpec& spec, QWidget* parent) {
    ViewPage* page = spec.makePage(parent);
    page->setTitle(QCoreApplication::translate("ViewRegistry", spec.title));
    page->setViewName(std::string(spec.name));
    return page;
}

const std::vector<std::string_view>& figureOptionNames() {
    static const std::vector<std::string_view> names{"--width-mm", "--height-mm", "--dpi",
                                                     "--preset",   "--font-size", "--line-width",
                                                     "--title",    "--caption",   "--background"};
    return names;
}

std::string viewNames() {
    std::string out;
    for (const ViewSpec& v : viewRegistry()) out += std::string(v.name) + "|";
    return out + "compare";
}

}  // namespace ts
