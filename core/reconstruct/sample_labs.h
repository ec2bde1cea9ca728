#pragma once
// Illustrative ADLB rows of one lab parameter for one arm of a sample trial: the values come from
// illustrativeLabs (one VisitTarget per visit), the rows carry visit name, AVISITN, ADY, BASE
// (= the first visit's value), CHG and the reference range, provenance illustrative.
//
// Inputs : subject ids of the arm; the parameter; the visits (in order, the first is baseline) and
//          one target mean/SD per visit in the parameter's unit; the illustrativeLabs stride
//          (coprime with the number of subjects); optionally per subject the last study day with
//          a visit (a subject gets the visits with ADY <= that day; empty = every visit).
// Output : rows appended to st.labs, subject by subject, visit by visit. CHG is rounded to 0.1
//          like the values, so that CHG = AVAL - BASE holds exactly as written.
#include <optional>
#include <string>
#include <vector>

#include "core/model/study_data.h"
#include "core/reconstruct/illustrative_labs.h"

namespace ts {

struct SampleLabParam {
    std::string paramcd, param, unit;
    std::optional<double> lo, hi;  // reference range where the source states it
};

struct SampleVisit {
    std::string name;   // AVISIT
    double visitn = 0;  // AVISITN
    double ady = 1;     // ADY, study day of the visit
};

void addSampleLabs(StudyData& st, const std::vector<std::string>& ids, const SampleLabParam& param,
                   const std::vector<SampleVisit>& visits, const std::vector<VisitTarget>& targets, int stride,
                   const std::vector<double>& lastDay = {});

}  // namespace ts
