#pragma once
// Command-line options of the km, labs and ae views, parsed once for their own commands and for
// `export --view km|labs|ae`. Invalid values throw UsageError naming the option.
#include "app/cli/commands.h"
#include "core/analysis/ae_analysis.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/survival_analysis.h"

namespace ts::cli {

SurvivalOptions survivalOptions(const Args& args);  // --endpoint --by --ref --population --conf-type
                                                    // --conf-level --times --ties --landmark
LabOptions labOptions(const Args& args);            // --param --by --population --summary --change --percent-change
AeOptions aeOptions(const Args& args);              // --by --population --level --grade --related --serious

}  // namespace ts::cli
