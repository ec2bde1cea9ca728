#include "core/io/param_check.h"

namespace ts {

void ParamCheck::check(const RowAccess& row, const std::string& paramcd, const std::string& param) {
    if (param.empty())
        return;
    auto [c, newCode] = m_byCode.try_emplace(paramcd, param);
    if (!newCode && c->second != param)
        row.fail("PARAMCD '" + paramcd + "' has two PARAM values: '" + c->second + "' and '" + param + "'");
    auto [n, newName] = m_byName.try_emplace(param, paramcd);
    if (!newName && n->second != paramcd)
        row.fail("PARAM '" + param + "' has two PARAMCD values: '" + n->second + "' and '" + paramcd + "'");
}

}  // namespace ts
