#pragma once
// ADLB -> LabRecord. Requires USUBJID, PARAMCD, AVAL (numeric or missing). Optional: PARAM (one-to-one
// with PARAMCD), AVALU (else LBSTRESU, else the "(unit)" ending PARAM), AVISIT, AVISITN, ADY, BASE,
// CHG, reference range ANRLO/ANRHI, falling back per row to A1LO/A1HI.
// byVisit (counts in by-visit summaries) is false for derived records (DTYPE set), unscheduled visits
// (AVISIT starting with "UNSCHED") and, when the dataset has ANL01FL or ABLFL, rows with neither = "Y".
// Also kept: DTYPE (as LabRecord::derived), ADT (a date, checked), ANRIND, BNRIND and the toxicity
// grades (ATOXGR signed, else ATOXGRH / ATOXGRL; BTOXGR likewise), whole numbers -4..5.
#include "core/io/domain_sink.h"
#include "core/io/param_check.h"

namespace ts {

class AdlbMapper : public DomainSink {
public:
    AdlbMapper(StudyOutput& out, Provenance p) : DomainSink(out, p) {}
    void row(long line, std::span<const Value> values) override;

private:
    void columns(const Columns& c) override;
    std::optional<double> either(const RowAccess& row, std::optional<int> a, const char* an, std::optional<int> b,
                                 const char* bn) const;
    int m_paramcd = 0, m_aval = 0;
    std::optional<int> m_param, m_avalu, m_stresu, m_avisit, m_avisitn, m_ady, m_base, m_chg;
    std::optional<int> m_anrlo, m_anrhi, m_a1lo, m_a1hi, m_dtype, m_anl01fl, m_ablfl;
    std::optional<int> m_adt, m_anrind, m_bnrind, m_atoxgr, m_atoxgrh, m_atoxgrl, m_btoxgr, m_btoxgrh, m_btoxgrl;
    ParamCheck m_params;
};

}  // namespace ts
