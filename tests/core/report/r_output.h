#pragma once
// Reading back what Rscript printed running the R code of a view (tests/reference/r_code/): the
// committed files, R's numbers, and the comparison of one number with TrialScope's.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/scratch_dir.h"

namespace ts::test {

inline const std::filesystem::path kRCodeDir = std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests/reference/r_code";

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The code without its first line (the version of the build that wrote it).
inline std::string withoutFirstLine(const std::string& text) { return text.substr(text.find('\n') + 1); }

// A sample trial imported into a scratch store and loaded back.
inline StudyData importSample(const std::string& folder, const std::string& id) {
    const ScratchDir dir;
    Store store = Store::open(dir.file("t.db"));
    importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / folder);
    return *store.loadStudy(id);
}

// The "|"-separated lines R printed (cat(..., sep = "|", "\\n")), each split into its fields; R's
// warnings (no "|") left out.
inline std::vector<std::vector<std::string>> rLines(const std::string& output) {
    std::vector<std::vector<std::string>> out;
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string x; std::getline(fields, x, '|');) f.push_back(x);
        if (f.size() >= 3) out.push_back(std::move(f));
    }
    return out;
}

// R's number; NaN for NA and NaN, infinity for Inf.
inline double rNumber(const std::string& text) {
    if (text == "NA" || text == "NaN") return std::nan("");
    if (text == "Inf") return INFINITY;
    return std::stod(text);
}

inline void same(double ours, const std::string& theirs) {
    const double r = rNumber(theirs);
    if (std::isnan(r) || std::isinf(r)) return;  // undefined in R (a CI at S = 1, an infinite HR)
    CHECK_THAT(ours, Catch::Matchers::WithinAbs(r, 1e-9 + 1e-6 * std::abs(r)));
}

// An optional number: absent exactly where R has NA (or NaN).
inline void same(const std::optional<double>& ours, const std::string& theirs) {
    if (std::isnan(rNumber(theirs))) {
        CHECK_FALSE(ours);
        return;
    }
    REQUIRE(ours);
    same(*ours, theirs);
}

}  // namespace ts::test
