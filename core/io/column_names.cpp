#include "core/io/column_names.h"

#include <unordered_set>

#include "core/io/input_error.h"

namespace ts {

void checkColumnCount(std::size_t count, const std::string& file, long line) {
    if (count > kMaxColumns)
        throw InputError(
            file, line,
            (count == kMaxColumns + 1 ? "more than " + std::to_string(kMaxColumns) : std::to_string(count)) +
                " columns: a dataset has at most " + std::to_string(kMaxColumns) + " variables");
}

void normaliseColumns(std::vector<std::string>& names, const std::string& file, long line) {
    checkColumnCount(names.size(), file, line);
    std::unordered_set<std::string> seen;
    seen.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string& n = names[i];
        auto first = n.find_first_not_of(" \t");
        auto last = n.find_last_not_of(" \t");
        n = first == std::string::npos ? std::string() : n.substr(first, last - first + 1);
        for (char& c : n)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (n.empty()) throw InputError(file, line, "empty column name (column " + std::to_string(i + 1) + ")");
        if (!seen.insert(n).second) throw InputError(file, line, "duplicate column '" + n + "'");
    }
}

}  // namespace ts
