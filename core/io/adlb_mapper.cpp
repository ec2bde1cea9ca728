#include "core/io/adlb_mapper.h"

#include <cctype>
#include <string_view>
#include <tuple>

namespace ts {

namespace {

// "Albumin (g/L)" -> "g/L"; "" when PARAM does not end with a parenthesised unit.
std::string unitOfParam(const std::string& param) {
    if (param.size() < 3 || param.back() != ')') return {};
    auto open = param.rfind('(');
    return open == std::string::npos ? std::string() : param.substr(open + 1, param.size() - open - 2);
}

bool unscheduled(const std::string& avisit) {
    constexpr std::string_view kPrefix = "UNSCHED";
    if (avisit.size() < kPrefix.size()) return false;
    for (std::size_t i = 0; i < kPrefix.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(avisit[i])) != kPrefix[i]) return false;
    return true;
}

}  // namespace

void AdlbMapper::columns(const Columns& c) {
    m_paramcd = c.require("PARAMCD");
    m_aval = c.require("AVAL");
    m_param = c.find("PARAM");
    m_avalu = c.find("AVALU");
    m_stresu = c.find("LBSTRESU");
    m_avisit = c.find("AVISIT");
    m_avisitn = c.find("AVISITN");
    m_ady = c.find("ADY");
    m_base = c.find("BASE");
    m_chg = c.find("CHG");
    m_anrlo = c.find("ANRLO");
    m_anrhi = c.find("ANRHI");
    m_a1lo = c.find("A1LO");
    m_a1hi = c.find("A1HI");
    m_dtype = c.find("DTYPE");
    m_anl01fl = c.find("ANL01FL");
    m_ablfl = c.find("ABLFL");
}

std::optional<double> AdlbMapper::either(const RowAccess& row, std::optional<int> a, const char* an,
                                         std::optional<int> b, const char* bn) const {
    auto x = row.number(a, an);
    return x ? x : row.number(b, bn);
}

void AdlbMapper::row(long line, std::span<const Value> values) {
    RowAccess row{m_cols->file(), line, values};
    LabRecord r;
    r.usubjid = subject(row);
    std::tie(r.paramcd, r.param) = m_params.read(row, m_paramcd, m_param);
    r.unit = row.text(m_avalu);
    if (r.unit.empty()) r.unit = row.text(m_stresu);
    if (r.unit.empty()) r.unit = unitOfParam(r.param);
    r.avisit = row.text(m_avisit);
    r.avisitn = row.number(m_avisitn, "AVISITN");
    r.ady = row.number(m_ady, "ADY");
    r.aval = row.number(m_aval, "AVAL");
    r.base = row.number(m_base, "BASE");
    r.chg = row.number(m_chg, "CHG");
    r.lo = either(row, m_anrlo, "ANRLO", m_a1lo, "A1LO");
    r.hi = either(row, m_anrhi, "ANRHI", m_a1hi, "A1HI");
    r.provenance = m_provenance;
    r.baseline = row.text(m_ablfl) == "Y";
    const bool flagged = (!m_anl01fl && !m_ablfl) || row.text(m_anl01fl) == "Y";
    r.byVisit = r.baseline || (flagged && row.text(m_dtype).empty() && !unscheduled(r.avisit));
    writer(row).lab(r);
    ++m_out.summary().labRecords;
}

}  // namespace ts
