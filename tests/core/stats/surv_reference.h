#pragma once
// Reader for the survival reference tables written by tests/reference/survival_reference.R
// (CSV under tests/reference/survival/, "# R: ..." comment lines first, NA = not estimable).
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/stats/time_order.h"

namespace surv_ref {

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;

    std::size_t col(const std::string& name) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == name) return i;
        FAIL("no column " << name);
        return 0;
    }
    const std::string& str(std::size_t r, const std::string& name) const { return rows[r][col(name)]; }
    std::optional<double> opt(std::size_t r, const std::string& name) const {
        const std::string& s = str(r, name);
        if (s == "NA") return std::nullopt;
        if (s == "Inf") return std::numeric_limits<double>::infinity();
        return std::stod(s);
    }
    double num(std::size_t r, const std::string& name) const {
        const auto v = opt(r, name);
        REQUIRE(v.has_value());
        return *v;
    }
};

inline Table read(const std::string& file) {
    std::ifstream in(std::string(TRIALSCOPE_SOURCE_DIR) + "/tests/reference/survival/" + file);
    REQUIRE(in.good());
    Table t;
    std::string line;
    auto split = [](const std::string& s) {
        std::vector<std::string> out;
        std::stringstream ss(s);
        std::string cell;
        while (std::getline(ss, cell, ',')) out.push_back(cell);
        return out;
    };
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (t.columns.empty()) t.columns = split(line);
        else t.rows.push_back(split(line));
    }
    REQUIRE(!t.rows.empty());
    return t;
}

// One case of the reference script, times already merged as aeqSurv does on the whole sample.
struct Case {
    std::vector<double> time, weight;
    std::vector<int> status, group, strata;

    // Rows of one group, as the analysis layer splits them.
    Case only(int g) const {
        Case c;
        for (std::size_t i = 0; i < time.size(); ++i)
            if (group[i] == g) {
                c.time.push_back(time[i]);
                c.weight.push_back(weight[i]);
                c.status.push_back(status[i]);
                c.group.push_back(0);
                c.strata.push_back(strata[i]);
            }
        return c;
    }
};

inline Case readCase(const std::string& name) {
    const Table t = read("data_" + name + ".csv");
    Case c;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        c.time.push_back(t.num(r, "time"));
        c.status.push_back(static_cast<int>(t.num(r, "status")));
        c.group.push_back(static_cast<int>(t.num(r, "group")));
        c.strata.push_back(static_cast<int>(t.num(r, "strata")));
        c.weight.push_back(t.num(r, "weight"));
    }
    c.time = ts::stats::mergeNearTimes(c.time);
    return c;
}

// Relative agreement to `rel`, with an absolute floor for values that are zero in R.
inline void close(double actual, double expected, double rel = 1e-9) {
    if (std::isinf(expected)) {
        CHECK(std::isinf(actual));
        return;
    }
    CHECK_THAT(actual, Catch::Matchers::WithinRel(expected, rel) || Catch::Matchers::WithinAbs(expected, 1e-13));
}

inline void close(const std::optional<double>& actual, const std::optional<double>& expected, double rel = 1e-9) {
    REQUIRE(actual.has_value() == expected.has_value());
    if (expected) close(*actual, *expected, rel);
}

}  // namespace surv_ref
