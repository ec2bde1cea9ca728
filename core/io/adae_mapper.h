#pragma once
// ADAE -> AdverseEvent. Requires USUBJID, AEDECOD. Optional: AEBODSYS, AESEV, AETOXGR ("3" or
// "GRADE 3", 1..5), AEREL, AESER and TRTEMFL (Y/N; other values are not flagged); ASTDT / AENDT
// (dates, checked), ASTDY / AENDY, AEACN, AESDTH (Y/N) and AEOUT.
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
    std::optional<int> m_astdt, m_aendt, m_astdy, m_aendy, m_acn, m_sdth, m_aeout;
};

}  // namespace ts
