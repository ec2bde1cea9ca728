#include "core/io/adae_mapper.h"

namespace ts {

namespace {

std::optional<bool> flag(const std::string& yn) {
    if (yn == "Y") return true;
    if (yn == "N") return false;
    return std::nullopt;
}

std::optional<int> grade(const RowAccess& row, std::optional<int> col) {
    std::string t = row.text(col);
    if (t.empty()) return std::nullopt;
    std::string_view digits = t;
    if (digits.substr(0, 6) == "GRADE " || digits.substr(0, 6) == "Grade ") digits.remove_prefix(6);
    auto g = parseNumber(digits);
    if (!g || *g < 1 || *g > 5 || *g != static_cast<int>(*g)) row.fail("AETOXGR: '" + t + "' is not a grade 1-5");
    return static_cast<int>(*g);
}

}  // namespace

void AdaeMapper::columns(const Columns& c) {
    m_decod = c.require("AEDECOD");
    m_bodsys = c.find("AEBODSYS");
    m_sev = c.find("AESEV");
    m_toxgr = c.find("AETOXGR");
    m_rel = c.find("AEREL");
    m_ser = c.find("AESER");
    m_trtemfl = c.find("TRTEMFL");
    m_astdt = c.find("ASTDT");
    m_aendt = c.find("AENDT");
    m_astdy = c.find("ASTDY");
    m_aendy = c.find("AENDY");
    m_acn = c.find("AEACN");
    m_sdth = c.find("AESDTH");
    m_aeout = c.find("AEOUT");
}

void AdaeMapper::row(long line, std::span<const Value> values) {
    RowAccess row{m_cols->file(), line, values};
    AdverseEvent e;
    e.usubjid = subject(row);
    e.decod = row.text(m_decod);
    e.bodsys = row.text(m_bodsys);
    e.severity = row.text(m_sev);
    e.toxgr = grade(row, m_toxgr);
    e.related = row.text(m_rel);
    e.serious = flag(row.text(m_ser));
    e.trtemfl = flag(row.text(m_trtemfl));
    e.provenance = m_provenance;
    e.astdt = row.date(m_astdt, "ASTDT");
    e.aendt = row.date(m_aendt, "AENDT");
    e.astdy = row.number(m_astdy, "ASTDY");
    e.aendy = row.number(m_aendy, "AENDY");
    e.action = row.text(m_acn);
    e.death = flag(row.text(m_sdth));
    e.outcome = row.text(m_aeout);
    writer(row).ae(e);
    ++m_out.summary().aeRecords;
}

}  // namespace ts
