#pragma once
// SurvivalDrawing: the survival figure's display switches, read from and written as export
// options, for `export --view km` (ui/views) and the survival view's figure record.
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/survival_analysis.h"
#include "core/options/args.h"
#include "ui/survival/km_plot.h"

namespace ts {

// Drawing switches of the survival figure beyond the analysis: the survival view's display options
// as export options (--rmst-shade --stack-competing --no-ci --no-median-lines --no-risk-table
// --no-censor-marks --x-max T --hide GROUP,..).
struct SurvivalDrawing {
    bool rmstShade = false;       // the area the RMST measures (options.rmstTau set)
    bool stackCompeting = false;  // with options.competing: F + F(competing) dashed
    bool ci = true;               // CI bands
    bool medianLines = true;
    bool riskTable = true;
    bool censorTicks = true;
    std::optional<double> xMax;       // the time axis ends here (display unit); nullopt = the follow-up
    std::vector<std::string> hidden;  // groups not drawn, by name (UsageError naming one the report lacks)

    // Throws UsageError on a bad --x-max.
    static SurvivalDrawing of(const Args& args);
    // The export option words that give these switches (only those off their default).
    std::vector<std::string> words() const;
    // Sets these switches in `o` for `report` (UsageError naming a hidden group it lacks).
    void apply(KmPlotOptions& o, const SurvivalReport& report) const;
};

}  // namespace ts
