#pragma once
// CompareFigureOptions: what a comparison of studies shows, in one value that the comparison
// workspace (CompareView) reads from its controls and sets them from, and that `trialscope-cli
// export --view compare` reads from its options. Both write it as the same option words, so the
// record of an exported comparison (core/io/figure_record.h) and a saved session redraw it:
//   --layout side-by-side|overlay|forest|labs|liver   the figure (default side-by-side)
//   --arms ID:ARM,...     the arms shown of the studies named (a study not named shows every arm)
//   --endpoint PARAMCD    survival layouts and the forest (required there)
//   --unit UNIT           display time unit (default: the first study's)
//   --times T,...         survival reported at these display times (the workspace's table)
//   --control ID:ARM,...  the arm each named study's other arms are compared with (default: its
//                         reference arm): the "control" of its hazard ratios
//   --pool                forest across studies: pool the contrasts (fixed and random effects), which
//                         the user declares comparable; each study must show one experimental arm
//   --subgroup ID:VAR     forest of study ID's subgroups by ADSL variable VAR, with the treatment x
//                         subgroup interaction, instead of the studies' hazard ratios
//   --param PARAMCD       labs layout (required there)
//   --patient-lines       labs layout: each patient's values behind the summaries
//   --reference uln|baseline   liver layout: eDISH (x ULN) or mDISH (x baseline)
// Invalid values throw UsageError naming the option.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/analysis/compare_studies.h"
#include "core/analysis/liver_analysis.h"
#include "core/model/choices.h"
#include "core/options/args.h"

namespace ts {

enum class CompareLayout { SideBySide, Overlay, Forest, Labs, Liver };
const Choices<CompareLayout>& compareLayouts();
// The options above, in that order (for --help, docs/options.md and the export's allowed options).
const std::vector<std::string_view>& compareOptionNames();

struct CompareFigureOptions {
    CompareLayout layout = CompareLayout::SideBySide;
    std::vector<std::pair<std::string, std::string>> arms;      // (study, arm) shown
    std::vector<std::pair<std::string, std::string>> controls;  // (study, control arm)
    bool pool = false;
    std::string endpoint;
    std::optional<TimeUnit> unit;
    std::vector<double> times;
    std::pair<std::string, std::string> subgroup;  // (study, variable); empty = across studies
    std::string param;
    bool patientLines = false;
    LiverReference reference = LiverReference::Uln;

    static CompareFigureOptions of(const Args& args);
    // Option words that `of` reads back as these options (defaults left out).
    std::vector<std::string> words() const;
    // `studies` with the arms each shows and its control; UsageError when --arms, --control or
    // --subgroup names a study that is not among them.
    std::vector<CompareStudy> studiesOf(const std::vector<std::shared_ptr<const StudyData>>& studies) const;
    bool survival() const { return layout != CompareLayout::Labs && layout != CompareLayout::Liver; }
    CompareOptions survivalOptions() const { return {endpoint, unit, times}; }
};

}  // namespace ts
