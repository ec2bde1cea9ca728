#pragma once
// Test helper: the values whose group code equals `code` (R: values[codes == code]).
#include <cstddef>
#include <vector>

namespace ts::testdata {

inline std::vector<double> where(const std::vector<double>& values, const std::vector<int>& codes, int code) {
    std::vector<double> out;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (codes[i] == code) out.push_back(values[i]);
    return out;
}

}  // namespace ts::testdata
