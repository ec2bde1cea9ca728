#pragma once
// ADTTE -> TteRecord. Requires USUBJID, PARAMCD, AVAL (numeric, >= 0), CNSR (integer 0 .. 2^31 - 1);
// PARAM optional and one-to-one with PARAMCD; one record per USUBJID and PARAMCD. AVALU, where
// given, names the unit of AVAL (DAYS, WEEKS, MONTHS, YEARS and their usual abbreviations), one for
// the whole study (StudyOutput::dataTimeUnit).
#include <string>
#include <unordered_map>

#include "core/io/domain_sink.h"
#include "core/io/param_check.h"

namespace ts {

class AdtteMapper : public DomainSink {
public:
    AdtteMapper(StudyOutput& out, Provenance p) : DomainSink(out, p) {}
    void row(long line, std::span<const Value> values) override;

private:
    void columns(const Columns& c) override;
    int m_paramcd = 0, m_aval = 0, m_cnsr = 0;
    std::optional<int> m_param, m_avalu, m_rowProvenance;  // PROVENANCE: a record's own, over the dataset's
    std::string m_lastAvalu;                               // the AVALU text of the last record that had one
    ParamCheck m_params;
    std::unordered_map<std::string, long> m_seen;  // USUBJID + PARAMCD -> row of its record
};

}  // namespace ts
