#include "core/analysis/liver_event.h"

#include <charconv>
#include <unordered_map>

#include "core/analysis/analysis_error.h"
#include "core/analysis/post_baseline.h"

namespace ts {

namespace {
std::string shortest(double x) {
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, x).ptr;
    return std::string(buf, end);
}
}  // namespace

std::string liverEventCode(const LiverEvent& e) { return e.param + "_GE" + shortest(e.multiple) + "ULN"; }

StudyData liverEventStudy(const StudyData& study, const LiverEvent& e) {
    if (!(e.multiple > 0)) throw AnalysisError("the multiple of ULN must be positive");
    struct Follow {
        std::optional<double> event, last;
    };
    std::unordered_map<std::string_view, Follow> follow;
    std::vector<std::string_view> order;  // subjects in the order their first record comes
    PostBaseline post(study);
    Provenance provenance = Provenance::Original;
    for (const LabRecord& r : study.labs) {
        if (r.paramcd != e.param || !r.aval || !r.hi || !(*r.hi > 0)) continue;
        const std::optional<double> day = post.observation(r);
        if (!day) continue;
        auto [it, fresh] = follow.try_emplace(r.usubjid);
        if (fresh) order.push_back(it->first);
        Follow& f = it->second;
        if (r.provenance != Provenance::Original) provenance = r.provenance;
        f.last = std::max(f.last.value_or(*day), *day);
        if (*r.aval >= e.multiple * *r.hi) f.event = std::min(f.event.value_or(*day), *day);
    }
    if (order.empty())
        throw AnalysisError("study " + study.info.id + " has no post-baseline " + e.param +
                            " with an upper limit of normal");
    StudyData out;
    out.info = study.info;
    out.info.timeUnit = "days";
    out.subjects = study.subjects;
    const std::string code = liverEventCode(e);
    const std::string label = "Time to first " + e.param + " \u2265 " + shortest(e.multiple) + " \u00d7 ULN";
    for (std::string_view id : order) {
        const Follow& f = follow[id];
        out.tte.push_back({std::string(id), code, label, f.event.value_or(*f.last), f.event ? 0 : 1, provenance});
    }
    return out;
}

}  // namespace ts
