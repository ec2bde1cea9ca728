#pragma once
// Checks that PARAM and PARAMCD correspond one to one within a dataset (ADTTE, ADLB).
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/io/row_access.h"

namespace ts {

class ParamCheck {
public:
    // Throws at the first row that pairs a PARAMCD with a second PARAM or the reverse.
    void check(const RowAccess& row, const std::string& paramcd, const std::string& param);

    // Reads PARAMCD (required in every row) and PARAM of a row and checks the pair: {PARAMCD, PARAM}.
    std::pair<std::string, std::string> read(const RowAccess& row, int paramcd, std::optional<int> param);

private:
    std::unordered_map<std::string, std::string> m_byCode, m_byName;
    std::string m_lastCode, m_lastName;
};

}  // namespace ts
