#include "core/model/provenance.h"

namespace ts {

namespace {
constexpr Choice<Provenance> kProvenances[] = {
    {Provenance::Original, "original", "original"},
    {Provenance::Reconstructed, "reconstructed", "reconstructed"},
    {Provenance::PublishedAggregate, "published-aggregate", "published aggregate"},
    {Provenance::Illustrative, "illustrative", "illustrative"},
};
}  // namespace

const Choices<Provenance>& provenances() {
    static constexpr Choices<Provenance> table("", kProvenances);
    return table;
}

}  // namespace ts
