#pragma once
// Service layer for the baseline ("Table 1") view: per ADSL characteristic and group, n, mean ± SD
// for numeric variables and n (%) for categorical ones, with a p-value (Welch t or one-way ANOVA;
// Fisher's exact or chi-square), and with two groups or more the same statistic over all groups
// together (the total column). Aggregate-only studies return their published cells, without a
// total (a published median of the total cannot be made from the arms' cells).
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/data_source.h"
#include "core/model/study_data.h"

namespace ts {

struct BaselineLine {
    std::string characteristic;      // e.g. "AGE" or "SEX: F"
    std::string label;               // readable, e.g. "Age (years)" or "F"
    bool header = false;             // a categorical variable's title line
    std::vector<std::string> cells;  // one per group, formatted
    std::string total{};             // all groups together, formatted; with BaselineReport::totalN
    std::optional<double> pValue;
    std::string test;  // name of the test behind pValue
};

struct BaselineReport {
    std::string study, by;
    std::vector<std::string> groups;
    std::vector<int> groupN;
    std::optional<int> totalN{};  // subjects of all groups: the total column, two groups or more
    std::vector<BaselineLine> lines;
    Provenance provenance = Provenance::Original;
    std::string source;
};

// variables: ADSL variables to tabulate; empty = a sensible default (AGE, SEX, RACE, ... those present).
// source: Auto answers from ADSL when the study has subjects, else from the published Table 1.
BaselineReport analyseBaseline(const StudyData& study, const std::string& by, const std::string& population,
                               const std::vector<std::string>& variables = {}, DataSource source = DataSource::Auto);

}  // namespace ts
