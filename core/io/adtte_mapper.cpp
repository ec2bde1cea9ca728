#include "core/io/adtte_mapper.h"

#include <cmath>
#include <limits>
#include <string>
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
    if (!cnsr || *cnsr < 0 || *cnsr != std::floor(*cnsr))
        row.fail("CNSR must be a non-negative integer (got '" + row.text(m_cnsr) + "')");
    // Checked before the cast: values of 2^31 and above once wrapped to negative codes.
    if (*cnsr > std::numeric_limits<int>::max())
        row.fail("CNSR " + row.text(m_cnsr) + " is out of range (at most " +
                 std::to_string(std::numeric_limits<int>::max()) + ")");
    r.cnsr = static_cast<int>(*cnsr);
    // ADTTE holds one record per subject and parameter: a second one would count as another subject.
    auto [first, fresh] = m_seen.try_emplace(r.usubjid + '\x1f' + r.paramcd, line);
    if (!fresh)
        row.fail("duplicate " + r.paramcd + " record of subject '" + r.usubjid + "' (first at line " +
                 std::to_string(first->second) + "): ADTTE holds one record per subject and parameter");
    r.provenance = m_provenance;
    writer(row).tte(r);
    ++m_out.summary().tteRecords;
}

}  // namespace ts
