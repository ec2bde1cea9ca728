#pragma once
// The lines R reference scripts print for the CLI tests (tests/reference/*.txt): "<prefix> | f1 | f2 ...",
// fields split at " | " and trimmed, and the numbers of a field ("NA" read as -1).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace ts::test {

// The fields after `prefix` of every line of tests/reference/<file> that starts with "<prefix> ";
// a prefix of several words may end in " | ". REQUIREs at least one such line.
inline std::vector<std::vector<std::string>> referenceLines(const std::string& file, const std::string& prefix) {
    std::ifstream in(std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/reference/" + file);
    std::vector<std::vector<std::string>> out;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(prefix + " ", 0) != 0) continue;
        size_t start = prefix.size() + 1;
        if (line.compare(start, 2, "| ") == 0) start += 2;
        std::vector<std::string> fields;
        for (size_t at = start;;) {
            const size_t bar = line.find(" | ", at);
            std::string f = line.substr(at, bar == std::string::npos ? std::string::npos : bar - at);
            while (!f.empty() && f.back() == ' ') f.pop_back();
            fields.push_back(f);
            if (bar == std::string::npos) break;
            at = bar + 3;
        }
        out.push_back(fields);
    }
    REQUIRE_FALSE(out.empty());
    return out;
}

inline std::vector<double> referenceNumbers(const std::string& text) {
    std::istringstream in(text);
    std::vector<double> out;
    for (std::string w; in >> w;) out.push_back(w == "NA" ? -1 : std::stod(w));
    return out;
}

}  // namespace ts::test
