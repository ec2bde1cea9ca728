#pragma once
// The analysis group of a record's subject, found by USUBJID.
//
// ADaM datasets list their records in ADSL order almost always (sorted by USUBJID, then parameter
// and visit), so the lookup first tries the subject it found last and the one after it: memory read
// in order, no hashing. Only when that misses does it build a hash index of every USUBJID, once.
// Refers to the study and grouping given: both must outlive the lookup.
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/analysis/grouping.h"

namespace ts {

class GroupLookup {
public:
    GroupLookup(const StudyData& study, const Grouping& grouping);

    // Index in grouping.names; -1 when the subject is not in ADSL, outside the population or
    // without a value of the grouping variable.
    int operator()(const std::string& usubjid);
    // Position of the subject in study.subjects; -1 when the subject is not in ADSL.
    long position(std::string_view usubjid);

private:
    const StudyData& m_study;
    const Grouping& m_grouping;
    size_t m_last = 0;                                     // position of the subject found last
    std::unordered_map<std::string_view, size_t> m_index;  // built on the first miss
};

}  // namespace ts
