#include "core/io/adtte_mapper.h"

#include <tuple>

namespace ts {

void AdtteMapper::columns(const Columns& c) {
    m_paramcd = c.require("PARAMCD");
    m_aval = c.require("AVAL");
    m_cnsr = c.require("CNSR");
    m_param = c.find("PARAM");
}

void AdtteMapper::row(long line, std::span<const Value> values) {
    RowAccess row{m_cols->file(), line, values};
    TteRecord r;
    r.usubjid = subject(row);
    std::tie(r.paramcd, r.param) = m_params.read(row, m_paramcd, m_param);
    auto aval = row.number(m_aval, "AVAL");
    if (!aval) row.fail("AVAL is missing");
    if (*aval < 0) row.fail("AVAL must be >= 0 (got " + row.text(m_aval) + ")");
    r.aval = *aval;
    auto cnsr = row.missing(m_cnsr) ? std::nullopt : parseNumber(row.text(m_cnsr));
    if (!cnsr || *cnsr < 0 || *cnsr != static_cast<long>(*cnsr))
        row.fail("CNSR must be a non-negative integer (got '" + row.text(m_cnsr) + "')");
    r.cnsr = static_cast<int>(*cnsr);
    r.provenance = m_provenance;
    writer(row).tte(r);
    ++m_out.summary().tteRecords;
}

}  // namespace ts
