#include "core/model/provenance.h"

#include <array>
#include <utility>

namespace ts {

namespace {
constexpr std::array<std::pair<Provenance, std::string_view>, 4> kNames{{
    {Provenance::Original, "original"},
    {Provenance::Reconstructed, "reconstructed"},
    {Provenance::PublishedAggregate, "published-aggregate"},
    {Provenance::Illustrative, "illustrative"},
}};
}

std::string_view provenanceName(Provenance p) {
    for (const auto& [value, name] : kNames)
        if (value == p) return name;
    return "original";
}

std::optional<Provenance> parseProvenance(std::string_view text) {
    for (const auto& [value, name] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

}  // namespace ts
