#pragma once
// The total column of an adverse-event table: every group together. A subject belongs to one
// group, so the total's subjects are the groups' subjects summed (no subject counted twice), its
// events the groups' events, its percent of all the groups' subjects; unknown (null) as soon as
// one group's count is unknown (published tables that give events only). A published table that
// leaves some row's every total unknown (a term the paper gives for one arm only) gets no total
// column: it would be a column of dashes. With rates (AET05) the
// total's rate is its subjects over all groups' patient-years, with its exact Poisson CI at the
// report's confidence level.
//
// Input:  a report of two or more groups (a total of one group would repeat it; left empty then).
// Output: AeReport::total and each row's AeRow::total, set in place.
#include "core/analysis/ae_analysis.h"

namespace ts {

void addAeTotals(AeReport& report);

}  // namespace ts
