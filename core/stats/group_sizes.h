#pragma once
// Sizes of the groups of a k-sample layout given as (value, group code) pairs.
//
// Inputs : group - codes 0..k-1, one per value (negative codes are a precondition violation).
// Output : count per code 0..max code, and the codes with no member (R drops such unused factor
//          levels in kruskal.test and anova(lm); the tests here do the same and say so).
#include <span>
#include <string>
#include <vector>

namespace ts::stats {

struct GroupSizes {
    std::vector<double> count;  // index = group code
    int nonEmpty = 0;
    std::string emptyNote;  // "empty groups ignored: 1, 3" or empty
};

GroupSizes groupSizes(std::span<const int> group);

}  // namespace ts::stats
