#include "core/analysis/group_lookup.h"

#include <algorithm>

namespace ts {

GroupLookup::GroupLookup(const StudyData& study, const Grouping& grouping) : m_study(study), m_grouping(grouping) {}

int GroupLookup::operator()(const std::string& usubjid) {
    const long at = position(usubjid);
    return at >= 0 && static_cast<size_t>(at) < m_grouping.subjectGroup.size() ? m_grouping.subjectGroup[at] : -1;
}

long GroupLookup::position(std::string_view usubjid) {
    const std::vector<Subject>& subjects = m_study.subjects;
    size_t at = subjects.size();
    for (size_t k = m_last; k < std::min(m_last + 2, subjects.size()); ++k)
        if (subjects[k].usubjid == usubjid) {
            at = k;
            break;
        }
    if (at == subjects.size()) {
        if (m_index.empty()) {
            m_index.reserve(subjects.size());
            for (size_t k = 0; k < subjects.size(); ++k) m_index.emplace(subjects[k].usubjid, k);
        }
        auto it = m_index.find(usubjid);
        if (it == m_index.end()) return -1;
        at = it->second;
    }
    m_last = at;
    return static_cast<long>(at);
}

}  // namespace ts
