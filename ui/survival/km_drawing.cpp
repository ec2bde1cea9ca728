#include "ui/survival/km_drawing.h"

#include <algorithm>

#include <QString>

namespace ts {

SurvivalDrawing SurvivalDrawing::of(const Args& args) {
    SurvivalDrawing d;
    d.rmstShade = args.flag("--rmst-shade");
    d.stackCompeting = args.flag("--stack-competing");
    d.ci = !args.flag("--no-ci");
    d.medianLines = !args.flag("--no-median-lines");
    d.riskTable = !args.flag("--no-risk-table");
    d.censorTicks = !args.flag("--no-censor-marks");
    d.xMax = args.number("--x-max");
    if (d.xMax && !(*d.xMax > 0)) throw UsageError("--x-max must be a positive time");
    for (const QString& g : QString::fromStdString(args.value("--hide").value_or("")).split(u',', Qt::SkipEmptyParts))
        d.hidden.push_back(g.toStdString());
    return d;
}

std::vector<std::string> SurvivalDrawing::words() const {
    std::vector<std::string> out;
    const std::pair<bool, const char*> flags[] = {{rmstShade, "--rmst-shade"},
                                                  {stackCompeting, "--stack-competing"},
                                                  {!ci, "--no-ci"},
                                                  {!medianLines, "--no-median-lines"},
                                                  {!riskTable, "--no-risk-table"},
                                                  {!censorTicks, "--no-censor-marks"}};
    for (const auto& [on, name] : flags)
        if (on) out.emplace_back(name);
    if (xMax) out.insert(out.end(), {"--x-max", optionNumber(*xMax)});
    std::string groups;
    for (const std::string& g : hidden) groups += (groups.empty() ? "" : ",") + g;
    if (!groups.empty()) out.insert(out.end(), {"--hide", groups});
    return out;
}

void SurvivalDrawing::apply(KmPlotOptions& o, const SurvivalReport& report) const {
    o.rmstShade = rmstShade;
    o.stackCompeting = stackCompeting;
    o.ci = ci;
    o.medianLines = medianLines;
    o.riskTable = riskTable;
    o.censorTicks = censorTicks;
    if (xMax) o.xRange = QCPRange(-0.03 * *xMax, *xMax);  // as the survival view's "Axis to"
    for (const std::string& name : hidden) {
        const auto g = std::find_if(report.groups.begin(), report.groups.end(),
                                    [&](const SurvivalGroup& s) { return s.name == name; });
        if (g == report.groups.end()) throw UsageError("--hide: no group " + name + " in this figure");
        o.hidden.resize(report.groups.size(), false);
        o.hidden[static_cast<std::size_t>(g - report.groups.begin())] = true;
    }
}

}  // namespace ts
