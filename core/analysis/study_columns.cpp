#include "core/analysis/study_columns.h"

#include <string_view>
#include <unordered_map>

#include "core/analysis/survival_analysis.h"

namespace ts {

std::optional<CodedColumn> codedColumn(const StudyData& study, const std::string& name) {
    CodedColumn c;
    c.codes.reserve(study.subjects.size());
    std::unordered_map<std::string_view, std::int32_t> index;
    bool present = false;
    for (const Subject& s : study.subjects) {
        const std::string* v = s.var(name);
        present = present || v;
        if (!v || v->empty()) {
            c.codes.push_back(-1);
            continue;
        }
        auto [it, added] = index.emplace(*v, static_cast<std::int32_t>(c.levels.size()));
        if (added) c.levels.push_back(*v);
        c.codes.push_back(it->second);
    }
    if (!present) return std::nullopt;
    return c;
}

AdslColumns adslColumns(const StudyData& study, const std::vector<std::string>& names) {
    AdslColumns a;
    a.subjects = study.subjects.size();
    for (const std::string& name : names)
        if (!a.columns.count(name))
            if (auto c = codedColumn(study, name))
                a.columns.emplace(name, std::make_shared<const CodedColumn>(std::move(*c)));
    return a;
}

TteColumns tteColumns(const StudyData& study, const std::string& paramcd) {
    TteColumns t;
    t.paramcd = paramcd;
    // ADaM lists records in ADSL order almost always: try the subject after the last one found
    // before hashing every USUBJID (built once, on the first miss).
    const std::vector<Subject>& subjects = study.subjects;
    std::unordered_map<std::string_view, std::int32_t> index;
    std::size_t next = 0;
    auto positionOf = [&](const std::string& usubjid) -> std::int32_t {
        for (std::size_t k = next > 0 ? next - 1 : 0; k < std::min(next + 1, subjects.size()); ++k)
            if (subjects[k].usubjid == usubjid) {
                next = k + 1;
                return static_cast<std::int32_t>(k);
            }
        if (index.empty())
            for (std::size_t k = 0; k < subjects.size(); ++k)
                index.emplace(subjects[k].usubjid, static_cast<std::int32_t>(k));
        auto it = index.find(usubjid);
        if (it == index.end()) return -1;
        next = static_cast<std::size_t>(it->second) + 1;
        return it->second;
    };
    for (const TteRecord& r : study.tte) {
        if (r.paramcd != paramcd) continue;
        if (t.subject.empty()) t.param = r.param;
        t.subject.push_back(positionOf(r.usubjid));
        t.aval.push_back(r.aval);
        t.cnsr.push_back(r.cnsr);
        t.provenance.push_back(r.provenance);
    }
    return t;
}

SurvivalSlice survivalSlice(const StudyData& study, const std::string& endpoint,
                            const std::vector<std::string>& variables) {
    SurvivalSlice s;
    s.info = study.info;
    s.endpoints = survivalEndpoints(study);
    s.adsl = adslColumns(study, variables);
    for (const auto& e : s.endpoints)
        if (e.first == endpoint) s.tte = std::make_shared<const TteColumns>(tteColumns(study, endpoint));
    return s;
}

}  // namespace ts
