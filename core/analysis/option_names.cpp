// Names of the lab and AE view options, as the command line and the JSON output spell them.
#include <array>
#include <utility>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/lab_analysis.h"

namespace ts {

namespace {

template <class E, size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return table[0].second;
}

template <class E, size_t N>
std::optional<E> parseName(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view text) {
    for (const auto& [v, name] : table)
        if (name == text) return v;
    return std::nullopt;
}

constexpr std::array<std::pair<LabSummaryKind, std::string_view>, 4> kSummaries{{
    {LabSummaryKind::MeanSd, "mean-sd"},
    {LabSummaryKind::MeanSe, "mean-se"},
    {LabSummaryKind::MeanCi, "mean-ci"},
    {LabSummaryKind::MedianIqr, "median-iqr"},
}};
constexpr std::array<std::pair<LabScale, std::string_view>, 3> kScales{{
    {LabScale::Value, "value"},
    {LabScale::Change, "change"},
    {LabScale::PercentChange, "percent-change"},
}};
constexpr std::array<std::pair<AeLevel, std::string_view>, 2> kLevels{{
    {AeLevel::Soc, "soc"},
    {AeLevel::Term, "pt"},
}};

}  // namespace

std::string_view labSummaryName(LabSummaryKind k) { return nameOf(kSummaries, k); }
std::optional<LabSummaryKind> parseLabSummary(std::string_view text) { return parseName(kSummaries, text); }
std::string_view labScaleName(LabScale s) { return nameOf(kScales, s); }
std::string_view aeLevelName(AeLevel l) { return nameOf(kLevels, l); }
std::optional<AeLevel> parseAeLevel(std::string_view text) { return parseName(kLevels, text); }

}  // namespace ts
