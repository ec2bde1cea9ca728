#include "core/io/param_check.h"

namespace ts {

void ParamCheck::check(const RowAccess& row, const std::string& paramcd, const std::string& param) {
    // Rows come grouped by parameter, so the pair just seen is the common case: skip the lookups.
    if (param.empty() || (paramcd == m_lastCode && param == m_lastName)) return;
    auto [c, newCode] = m_byCode.try_emplace(paramcd, param);
    if (!newCode && c->second != param)
        row.fail("PARAMCD '" + paramcd + "' has two PARAM values: '" + c->second + "' and '" + param + "'");
    auto [n, newName] = m_byName.try_emplace(param, paramcd);
    if (!newName && n->second != paramcd)
        row.fail("PARAM '" + param + "' has two PARAMCD values: '" + n->second + "' and '" + paramcd + "'");
    m_lastCode = paramcd;
    m_lastName = param;
}

std::pair<std::string, std::string> ParamCheck::read(const RowAccess& row, int paramcd, std::optional<int> param) {
    std::pair<std::string, std::string> out{row.text(paramcd), row.text(param)};
    if (out.first.empty()) row.fail("PARAMCD is missing");
    check(row, out.first, out.second);
    return out;
}

}  // namespace ts
