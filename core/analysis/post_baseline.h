#pragma once
// Which lab records are post-baseline observations, for peaks (liver_analysis.h) and worst
// post-baseline categories (shift_analysis.h): not derived (DTYPE blank), on or after study day 1,
// scheduled or not. The study day is ADY, else computed from ADT and the subject's TRTSDT
// (study_day.h); a record with neither is not counted.
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/model/study_data.h"

namespace ts {

class PostBaseline {
public:
    explicit PostBaseline(const StudyData& study) : m_study(study) {}
    // The record's study day; nullopt when it has no ADY and no ADT with a TRTSDT to count from.
    std::optional<double> day(const LabRecord& r);
    // The record's study day when it is a post-baseline observation, else nullopt.
    std::optional<double> observation(const LabRecord& r);

private:
    const StudyData& m_study;
    std::unordered_map<std::string_view, std::string_view> m_trtsdt;  // built on first need
};

}  // namespace ts
