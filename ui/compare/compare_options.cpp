#include "ui/compare/compare_options.h"

#include <algorithm>

#include "core/analysis/option_tables.h"
#include "core/options/view_options.h"

namespace ts {

namespace {

constexpr Choice<CompareLayout> kLayouts[] = {
    {CompareLayout::SideBySide, "side-by-side", "Side by side"},
    {CompareLayout::Overlay, "overlay", "Overlay"},
    {CompareLayout::Forest, "forest", "Forest plot"},
    {CompareLayout::Labs, "labs", "Labs"},
    {CompareLayout::Liver, "liver", "eDISH"},
};

// "ID:VALUE" split at the first colon; UsageError naming `option` without one.
std::pair<std::string, std::string> studyItem(const std::string& option, const std::string& item) {
    const auto colon = item.find(':');
    if (colon == std::string::npos || colon == 0)
        throw UsageError(option + ": expected STUDY:" + (option == "--subgroup" ? "VARIABLE" : "ARM") + ", got " +
                         item);
    return {item.substr(0, colon), item.substr(colon + 1)};
}

}  // namespace

const Choices<CompareLayout>& compareLayouts() {
    static constexpr Choices<CompareLayout> table("--layout", kLayouts);
    return table;
}

const std::vector<std::string_view>& compareOptionNames() {
    static const std::vector<std::string_view> names{"--layout",   "--arms",          "--control",  "--pool",
                                                     "--endpoint", "--unit",          "--times",    "--subgroup",
                                                     "--param",    "--patient-lines", "--reference"};
    return names;
}

CompareFigureOptions CompareFigureOptions::of(const Args& args) {
    CompareFigureOptions o;
    o.layout = args.choice(compareLayouts()).value_or(o.layout);
    for (const std::string& item : args.list("--arms")) o.arms.push_back(studyItem("--arms", item));
    for (const std::string& item : args.list("--control")) o.controls.push_back(studyItem("--control", item));
    o.pool = args.flag("--pool");
    o.endpoint = args.value("--endpoint").value_or("");
    o.unit = displayUnit(args);
    o.times = args.numbers("--times");
    if (auto s = args.value("--subgroup")) o.subgroup = studyItem("--subgroup", *s);
    o.param = args.value("--param").value_or("");
    o.patientLines = args.flag("--patient-lines");
    o.reference = args.choice(liverReferences()).value_or(o.reference);
    if (o.survival() && o.endpoint.empty())
        throw UsageError("--endpoint: required with --layout " + std::string(compareLayouts().name(o.layout)));
    if (o.layout == CompareLayout::Labs && o.param.empty()) throw UsageError("--param: required with --layout labs");
    return o;
}

std::vector<std::string> CompareFigureOptions::words() const {
    std::vector<std::string> out;
    auto put = [&out](std::string_view name, const std::string& value) {
        if (value.empty()) return;
        out.emplace_back(name);
        out.push_back(value);
    };
    if (layout != CompareLayout::SideBySide) put("--layout", std::string(compareLayouts().name(layout)));
    auto items = [](const std::vector<std::pair<std::string, std::string>>& pairs) {
        std::string text;
        for (const auto& [study, arm] : pairs) text += (text.empty() ? "" : ",") + study + ":" + arm;
        return text;
    };
    put("--arms", items(arms));
    put("--control", items(controls));
    if (pool) out.emplace_back("--pool");
    put("--endpoint", endpoint);
    if (unit) put("--unit", std::string(timeUnits().name(*unit)));
    std::string at;
    for (double t : times) at += (at.empty() ? "" : ",") + optionNumber(t);
    put("--times", at);
    if (!subgroup.first.empty()) put("--subgroup", subgroup.first + ":" + subgroup.second);
    put("--param", param);
    if (patientLines) out.emplace_back("--patient-lines");
    if (reference != LiverReference::Uln) put("--reference", std::string(liverReferences().name(reference)));
    return out;
}

std::vector<CompareStudy> CompareFigureOptions::studiesOf(
    const std::vector<std::shared_ptr<const StudyData>>& studies) const {
    std::vector<CompareStudy> out;
    for (const auto& s : studies) out.push_back({s, {}});
    auto find = [&](const std::string& option, const std::string& id) {
        auto it = std::find_if(out.begin(), out.end(), [&](const CompareStudy& c) { return c.study->info.id == id; });
        if (it == out.end()) throw UsageError(option + ": study " + id + " is not in --study");
        return it;
    };
    for (const auto& [study, arm] : arms) find("--arms", study)->arms.push_back(arm);
    for (const auto& [study, arm] : controls) find("--control", study)->control = arm;
    if (!subgroup.first.empty()) find("--subgroup", subgroup.first);
    return out;
}

}  // namespace ts
