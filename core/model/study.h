#pragma once
// Study metadata and its ordered arms (from study.json, or derived from ADSL when absent).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/model/provenance.h"

namespace ts {

struct Arm {
    std::string code;            // value of the grouping variable (e.g. TRT01A) that identifies the arm
    std::string label;           // display label
    std::optional<double> dose;  // numeric dose for trend tests, if any
    std::string doseUnit;        // e.g. "x10^7 cells"
    std::string colour;          // "#RRGGBB"; empty = palette default by position
};

// Variable labels of a study's ADaM datasets, (dataset, variable) -> label, names in upper case:
// ("ADSL", "AGE") -> "Age". From a define.xml beside the data, else the dataset file's own labels
// (XPT, SAS7BDAT, Dataset-JSON; a CSV has none). The views name a variable by it (adsl_label.h).
using VariableLabels = std::map<std::pair<std::string, std::string>, std::string>;

struct StudyInfo {
    std::string id;  // STUDYID or study.json "id"
    std::string title;
    std::string citation;
    std::string doi;
    std::string registry;  // e.g. NCT01220492
    std::string design;
    std::string population;                            // free-text description of the population
    std::string timeUnit = "days";                     // unit of ADTTE AVAL: days | weeks | months | years
    Provenance provenance = Provenance::Original;      // overall (worst) provenance of the study
    Provenance adslProvenance = Provenance::Original;  // ADSL's (study.json "datasets": {"adsl": ...})
    std::vector<Arm> arms;                             // display / reference order
    std::vector<std::string> populationFlags;          // ADSL Y/N flags offered as analysis populations
    std::string notes;                                 // README-level remarks (e.g. what is reconstructed)
    std::string dataSha256;  // fingerprint of the files imported (core/io/data_digest.h); "" = not known
    VariableLabels labels;   // read with one study (Store::loadStudy, overview, survivalSlice), not listed
};

}  // namespace ts
