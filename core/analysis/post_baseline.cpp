#include "core/analysis/post_baseline.h"

#include "core/analysis/study_day.h"

namespace ts {

std::optional<double> PostBaseline::day(const LabRecord& r) {
    if (r.ady) return r.ady;
    if (r.adt.empty()) return std::nullopt;
    if (m_trtsdt.empty())
        for (const Subject& s : m_study.subjects)
            if (const std::string* d = s.var("TRTSDT"); d && !d->empty()) m_trtsdt.emplace(s.usubjid, *d);
    const auto it = m_trtsdt.find(r.usubjid);
    if (it == m_trtsdt.end()) return std::nullopt;
    const std::optional<long> d = studyDay(r.adt, it->second);
    return d ? std::optional<double>(static_cast<double>(*d)) : std::nullopt;
}

std::optional<double> PostBaseline::observation(const LabRecord& r) {
    if (r.derived) return std::nullopt;
    const std::optional<double> d = day(r);
    return d && *d >= 1 ? d : std::nullopt;
}

}  // namespace ts
