#include "core/analysis/option_tables.h"

namespace ts {

namespace {

// Labels are what the viewer shows; names are what the command line and JSON spell.
constexpr Choice<stats::ConfType> kConfTypes[] = {
    {stats::ConfType::Log, "log", "log"},          {stats::ConfType::LogLog, "log-log", "log-log"},
    {stats::ConfType::Plain, "plain", "plain"},    {stats::ConfType::Logit, "logit", "logit"},
    {stats::ConfType::Arcsin, "arcsin", "arcsin"}, {stats::ConfType::None, "none", "none"},
};
constexpr Choice<stats::Ties> kTies[] = {
    {stats::Ties::Efron, "efron", "Efron"},
    {stats::Ties::Breslow, "breslow", "Breslow"},
};
constexpr Choice<LabSummaryKind> kSummaries[] = {
    {LabSummaryKind::MeanSd, "mean-sd", "mean \u00b1 SD"},
    {LabSummaryKind::MeanSe, "mean-se", "mean \u00b1 SE"},
    {LabSummaryKind::MeanCi, "mean-ci", "mean (95% CI)"},
    {LabSummaryKind::MedianIqr, "median-iqr", "median (IQR)"},
};
constexpr Choice<LabScale> kScales[] = {
    {LabScale::Value, "value", "Value"},
    {LabScale::Change, "change", "Change from baseline"},
    {LabScale::PercentChange, "percent-change", "% change from baseline"},
};
constexpr Choice<AeLevel> kLevels[] = {
    {AeLevel::Term, "pt", "Preferred term"},
    {AeLevel::Soc, "soc", "System organ class"},
};
constexpr Choice<AeMeasure> kMeasures[] = {
    {AeMeasure::RiskDifference, "rd", "Risk difference"},
    {AeMeasure::RelativeRisk, "rr", "Relative risk"},
};
constexpr Choice<DataSource> kSources[] = {
    {DataSource::Auto, "auto", "Patient-level records, else the published table"},
    {DataSource::Subjects, "records", "Patient-level records"},
    {DataSource::Published, "published", "Published table"},
};
constexpr Choice<TimeUnit> kUnits[] = {
    {TimeUnit::Days, "days", "days"},
    {TimeUnit::Weeks, "weeks", "weeks"},
    {TimeUnit::Months, "months", "months"},
    {TimeUnit::Years, "years", "years"},
};

constexpr Choice<stats::PAdjust> kAdjust[] = {
    {stats::PAdjust::Holm, "holm", "Holm"},
    {stats::PAdjust::BH, "bh", "Benjamini\u2013Hochberg"},
    {stats::PAdjust::Bonferroni, "bonferroni", "Bonferroni"},
    {stats::PAdjust::None, "none", "none"},
};
constexpr Choice<LiverX> kLiverXs[] = {
    {LiverX::Alt, "alt", "ALT"},
    {LiverX::Ast, "ast", "AST"},
    {LiverX::Max, "max", "max(ALT, AST)"},
};
constexpr Choice<LiverReference> kReferences[] = {
    {LiverReference::Uln, "uln", "\u00d7 ULN (eDISH)"},
    {LiverReference::Baseline, "baseline", "\u00d7 baseline (mDISH)"},
};
constexpr Choice<ShiftDirection> kDirections[] = {
    {ShiftDirection::High, "high", "High"},
    {ShiftDirection::Low, "low", "Low"},
};
constexpr Choice<ShiftScale> kShiftScales[] = {
    {ShiftScale::Range, "range", "Reference range"},
    {ShiftScale::Grade, "grade", "Toxicity grade"},
};
constexpr Choice<Quadrant> kQuadrants[] = {
    {Quadrant::Normal, "normal", "Normal"},
    {Quadrant::Hyperbilirubinemia, "hyperbilirubinemia", "Hyperbilirubinemia"},
    {Quadrant::Temple, "temple", "Temple's corollary"},
    {Quadrant::HysLaw, "hys_law", "Possible Hy's law range"},
};
constexpr Choice<LiverPattern> kPatterns[] = {
    {LiverPattern::Hepatocellular, "hepatocellular", "Hepatocellular"},
    {LiverPattern::Mixed, "mixed", "Mixed"},
    {LiverPattern::Cholestatic, "cholestatic", "Cholestatic"},
};

}  // namespace

const Choices<stats::PAdjust>& pAdjustMethods() {
    static constexpr Choices<stats::PAdjust> table("--pairwise", kAdjust);
    return table;
}
const Choices<LiverX>& liverXs() {
    static constexpr Choices<LiverX> table("--x", kLiverXs);
    return table;
}
const Choices<LiverReference>& liverReferences() {
    static constexpr Choices<LiverReference> table("--reference", kReferences);
    return table;
}
const Choices<ShiftDirection>& shiftDirections() {
    static constexpr Choices<ShiftDirection> table("--direction", kDirections);
    return table;
}
const Choices<ShiftScale>& shiftScales() {
    static constexpr Choices<ShiftScale> table("--scale", kShiftScales);
    return table;
}
const Choices<Quadrant>& quadrants() {
    static constexpr Choices<Quadrant> table("", kQuadrants);
    return table;
}
const Choices<LiverPattern>& liverPatterns() {
    static constexpr Choices<LiverPattern> table("", kPatterns);
    return table;
}

const Choices<stats::ConfType>& confTypes() {
    static constexpr Choices<stats::ConfType> table("--conf-type", kConfTypes);
    return table;
}
const Choices<stats::Ties>& tiesMethods() {
    static constexpr Choices<stats::Ties> table("--ties", kTies);
    return table;
}
const Choices<LabSummaryKind>& labSummaries() {
    static constexpr Choices<LabSummaryKind> table("--summary", kSummaries);
    return table;
}
const Choices<LabScale>& labScales() {
    static constexpr Choices<LabScale> table("", kScales);
    return table;
}
const Choices<AeLevel>& aeLevels() {
    static constexpr Choices<AeLevel> table("--level", kLevels);
    return table;
}
const Choices<AeMeasure>& aeMeasures() {
    static constexpr Choices<AeMeasure> table("--measure", kMeasures);
    return table;
}
const Choices<DataSource>& dataSources() {
    static constexpr Choices<DataSource> table("--source", kSources);
    return table;
}
const Choices<TimeUnit>& timeUnits() {
    static constexpr Choices<TimeUnit> table("--unit", kUnits);
    return table;
}

}  // namespace ts
