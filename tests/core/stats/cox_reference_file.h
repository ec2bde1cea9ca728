#pragma once
// Readers for the Cox reference files written by tests/reference/cox_reference.R:
// cox_reference.txt (expected values, one block per fitted model) and cox_design_*.csv.
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/stats/cox_ph.h"

namespace ts::test {

inline std::string referencePath(const std::string& file) {
    return std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/reference/" + file;
}

// One case block: every line "key v1 v2 ..." keyed by its first word; "term" lines in order.
struct CoxCase {
    std::string name;
    std::string call;
    std::map<std::string, std::vector<std::string>> values;
    std::vector<std::vector<std::string>> terms;  // name coef se z p lower upper ("NA" when NA)
    double num(const std::string& key, std::size_t i = 0) const { return std::stod(values.at(key).at(i)); }
};

inline std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

inline std::vector<CoxCase> readCoxCases() {
    std::ifstream in(referencePath("cox_reference.txt"));
    std::vector<CoxCase> cases;
    std::string call;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("# R: ", 0) == 0) call = line.substr(5);
        const auto w = words(line);
        if (w.empty() || w[0][0] == '#') continue;
        if (w[0] == "case") cases.push_back({w.at(1), call, {}, {}});
        else if (w[0] == "term") cases.back().terms.emplace_back(w.begin() + 1, w.end());
        else if (w[0] != "end" && w[0] != "landmark") cases.back().values[w[0]] = {w.begin() + 1, w.end()};
    }
    return cases;
}

// "landmark <part> n events coef se hr loglik" lines.
inline std::map<std::string, std::vector<double>> readLandmarkLines() {
    std::ifstream in(referencePath("cox_reference.txt"));
    std::map<std::string, std::vector<double>> out;
    for (std::string line; std::getline(in, line);) {
        const auto w = words(line);
        if (w.size() > 2 && w[0] == "landmark")
            for (std::size_t i = 2; i < w.size(); ++i) out[w[1]].push_back(std::stod(w[i]));
    }
    return out;
}

// A numeric CSV with a header row: columns by position.
struct NumericCsv {
    std::vector<std::string> header;
    std::vector<std::vector<double>> columns;
};

inline NumericCsv readNumericCsv(const std::string& file) {
    std::ifstream in(referencePath(file));
    NumericCsv csv;
    std::string line;
    std::getline(in, line);
    std::istringstream head(line);
    for (std::string cell; std::getline(head, cell, ',');) csv.header.push_back(cell);
    csv.columns.resize(csv.header.size());
    while (std::getline(in, line)) {
        std::istringstream row(line);
        std::size_t c = 0;
        for (std::string cell; std::getline(row, cell, ',') && c < csv.columns.size(); ++c)
            csv.columns[c].push_back(std::stod(cell));
    }
    return csv;
}

// A design file: time, status, stratum, then the model.matrix columns.
struct CoxProblem {
    std::vector<double> time;
    std::vector<int> status, stratum;
    stats::CoxDesign design;
};

inline CoxProblem readCoxDesign(const std::string& file) {
    const NumericCsv csv = readNumericCsv(file);
    CoxProblem pr;
    pr.time = csv.columns.at(0);
    pr.status.assign(csv.columns.at(1).begin(), csv.columns.at(1).end());
    pr.stratum.assign(csv.columns.at(2).begin(), csv.columns.at(2).end());
    pr.design.names.assign(csv.header.begin() + 3, csv.header.end());
    const std::size_t n = pr.time.size(), p = pr.design.names.size();
    pr.design.x.resize(n * p);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < p; ++j) pr.design.x[i * p + j] = csv.columns[3 + j][i];
    return pr;
}

}  // namespace ts::test
