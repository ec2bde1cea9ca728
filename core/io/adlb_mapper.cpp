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

// A toxicity grade: a whole number from -4 to 5 (ADaM signs low-direction grades negative).
std::optional<int> grade(const RowAccess& row, std::optional<int> col, const char* name) {
    const std::optional<long> g = row.integer(col, name);
    if (g && (*g < -4 || *g > 5)) row.fail(std::string(name) + " " + std::to_string(*g) + " is not a grade (-4 to 5)");
    return g ? std::optional<int>(static_cast<int>(*g)) : std::nullopt;
}

// The grades of a record in the high and low directions: from the signed grade when delivered,
// else from the per-direction variables.
std::pair<std::optional<int>, std::optional<int>> directions(std::optional<int> signedGrade, std::optional<int> high,
                                                             std::optional<int> low) {
    if (!signedGrade) return {high, low};
    return {std::max(*signedGrade, 0), std::max(-*signedGrade, 0)};
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
    m_adt = c.find("ADT");
    m_anrind = c.find("ANRIND");
    m_bnrind = c.find("BNRIND");
    m_atoxgr = c.find("ATOXGR");
    m_atoxgrh = c.find("ATOXGRH");
    m_atoxgrl = c.find("ATOXGRL");
    m_btoxgr = c.find("BTOXGR");
    m_btoxgrh = c.find("BTOXGRH");
    m_btoxgrl = c.find("BTOXGRL");
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
    // A range upside down would turn every x ULN ratio and every "above the range" count around.
    if (r.lo && r.hi && *r.lo > *r.hi)
        row.fail("the reference range is upside down: " + std::string(row.missing(m_anrlo) ? "A1LO " : "ANRLO ") +
                 formatNumber(*r.lo) + " is above " + (row.missing(m_anrhi) ? "A1HI " : "ANRHI ") +
                 formatNumber(*r.hi));
    r.provenance = m_provenance;
    r.baseline = row.text(m_ablfl) == "Y";
    const bool flagged = (!m_anl01fl && !m_ablfl) || row.text(m_anl01fl) == "Y";
    r.derived = !row.text(m_dtype).empty();
    r.byVisit = r.baseline || (flagged && !r.derived && !unscheduled(r.avisit));
    r.adt = row.date(m_adt, "ADT");
    r.anrind = row.text(m_anrind);
    r.bnrind = row.text(m_bnrind);
    std::tie(r.gradeHigh, r.gradeLow) =
        directions(grade(row, m_atoxgr, "ATOXGR"), grade(row, m_atoxgrh, "ATOXGRH"), grade(row, m_atoxgrl, "ATOXGRL"));
    std::tie(r.baseGradeHigh, r.baseGradeLow) =
        directions(grade(row, m_btoxgr, "BTOXGR"), grade(row, m_btoxgrh, "BTOXGRH"), grade(row, m_btoxgrl, "BTOXGRL"));
    writer(row).lab(r);
    ++m_out.summary().labRecords;
}

}  // namespace ts
