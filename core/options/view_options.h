#pragma once
// Options of the km, labs and ae views from their command-line form, parsed once for their own
// commands, for `export --view km|labs|ae` and for the view registry. Invalid values throw
// UsageError naming the option.
#include "core/analysis/ae_analysis.h"
#include "core/analysis/ae_dot_plot.h"
#include "core/analysis/competing_risks.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/liver_event.h"
#include "core/analysis/shift_analysis.h"
#include "core/analysis/survival_analysis.h"
#include "core/options/args.h"

namespace ts {

SurvivalOptions survivalOptions(
    const Args& args);  // --endpoint (default: the study's, defaultEndpoint) --by --ref --population --conf-type
                        // --conf-level --times --ties --landmark
// The same without --endpoint, for an endpoint derived from other data (liver events).
SurvivalOptions survivalOptions(const Args& args, std::string endpoint);
CompetingOptions competingOptions(const Args& args);  // --endpoint --competing --by --population --times
                                                      // --conf-level
LabOptions labOptions(const Args& args);              // --param --by --population --summary --change --percent-change
AeOptions aeOptions(const Args& args);
// The AE dot plot: the table's options and --arm, --control, --measure rd|rr, --min-percent X.
AeDotOptions aeDotOptions(const Args& args);
LiverOptions liverOptions(const Args& args);  // --by --population --x --reference --x-cut --y-cut
                                              // --alt --ast --bili --alp (PARAMCDs of the four tests)
// `param` names the parameter's option: --param for the liver-event and shift commands,
// --event-param and --shift-param for `export --view edish --panel event|shift`.
LiverEvent liverEvent(const Args& args, const char* param = "--param");      // --multiple (default 3)
ShiftOptions shiftOptions(const Args& args, const char* param = "--param");  // --by --population --direction --scale
// The option words that give these options back through the parsers above (options at their
// default are left out): what the figure record of a view says (core/io/figure_record.h).
std::vector<std::string> optionWords(const SurvivalOptions& o);
std::vector<std::string> optionWords(const LabOptions& o);
std::vector<std::string> optionWords(const AeOptions& o);     // the table's options: not --overview, --rates
std::vector<std::string> optionWords(const AeDotOptions& o);  // the table's, then --dot-plot and its own
std::vector<std::string> optionWords(const LiverOptions& o);
std::vector<std::string> optionWords(const LiverParams& p);  // --alt --ast --bili --alp

// --unit: the display unit of a survival figure, a name of timeUnits() in any case, singular too
// (as AVALU and study.json write it); nullopt = the study's unit.
std::optional<TimeUnit> displayUnit(const Args& args);  // --by --population --level --grade --related --serious

}  // namespace ts
