#pragma once
// Test helper: a minimal reader for the CDISC pilot CSV files (RFC 4180 quoting, no embedded
// newlines), giving each row as a column-name -> text lookup.
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace ts::testdata {

struct CsvTable {
    std::map<std::string, std::size_t> column;
    std::vector<std::vector<std::string>> rows;
    const std::string& at(std::size_t row, const std::string& name) const { return rows[row][column.at(name)]; }
};

inline std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// Empty table when the file cannot be opened.
inline CsvTable readCsv(const std::string& path) {
    CsvTable t;
    std::ifstream in(path);
    std::string line;
    if (!std::getline(in, line)) return t;
    const auto header = splitCsvLine(line);
    for (std::size_t i = 0; i < header.size(); ++i) t.column[header[i]] = i;
    while (std::getline(in, line)) t.rows.push_back(splitCsvLine(line));
    return t;
}

}  // namespace ts::testdata
