#pragma once
// ADAE -> AdverseEvent. Requires USUBJID, AEDECOD. Optional: AEBODSYS, AESEV, AETOXGR ("3" or
// "GRADE 3", 1..5), AEREL, AESER and TRTEMFL (Y/N; other values are not flagged).
#include "core/io/domain_sink.h"

namespace ts {

class AdaeMapper : public DomainSink {
public:
    AdaeMapper(StudyOutput& out, Provenance p) : DomainSink(out, p) {}
    void row(long line, std::span<const Value> values) override;

private:
    void columns(const Columns& c) override;
    int m_decod = 0;
    std::optional<int> m_bodsys, m_sev, m_toxgr, m_rel, m_ser, m_trtemfl;
};

}  // namespace ts
