// The proportional-hazards test of the survival analysis (core/stats/cox_zph.h) against
// survival::cox.zph(fit, transform = "km") on survival::veteran (2 arms, also stratified by cell
// type) and survival::colon (3 arms), as tests/reference/survival_depth_reference.R printed them:
// the global and per-term tests, and the scaled Schoenfeld residuals of the plot
// (cox.zph(fit, terms = FALSE)$x, $time, $y) and the smooth plot.cox.zph draws through them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

#include "core/analysis/survival_analysis.h"
#include "core/io/study_importer.h"
#include "core/stats/zph_smooth.h"
#include "core/store/store.h"
#include "tests/cli/reference_lines.h"
#include "tests/scratch_dir.h"

using namespace ts;
using namespace ts::test;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

StudyData importDepth(const char* name, const char* id) {
    const ScratchDir dir;
    Store store = Store::open(dir.file("t.db"));
    importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests/data/survival_depth" / name);
    std::optional<StudyData> d = store.loadStudy(id);
    REQUIRE(d);
    return std::move(*d);
}

void close(double got, double want) {
    if (std::abs(want) < 1e-9) CHECK_THAT(got, WithinAbs(want, 1e-12));
    else CHECK_THAT(got, WithinRel(want, 1e-8));
}

void check(const std::string& label, const SurvivalReport& r) {
    REQUIRE(r.phTest);
    const stats::CoxZph& z = *r.phTest;
    REQUIRE(z.defined);
    for (const auto& line : referenceLines("survival_depth_reference.txt", label + " zph")) {
        const auto want = referenceNumbers(line[1]);  // TERM | chisq df p
        const stats::ZphTest& t = line[0] == "GLOBAL" ? z.global : z.terms.at(0);
        INFO(label << " " << line[0]);
        close(t.chisq, want[0]);
        CHECK(t.df == want[1]);
        close(t.p, want[2]);
    }
    const std::size_t p = z.columns.size();
    for (const auto& line : referenceLines("survival_depth_reference.txt", label + " zph_resid")) {
        const auto i = static_cast<std::size_t>(std::stoi(line[0])) - 1;  // R's row, 1-based
        const auto want = referenceNumbers(line[1]);                      // x time y...
        INFO(label << " event " << i + 1);
        REQUIRE(i < z.x.size());
        close(z.x[i], want[0]);
        CHECK(z.time[i] == want[1]);
        for (std::size_t k = 0; k < p; ++k) close(z.resid[i * p + k], want[2 + k]);
    }
    if (label == "veteran_strata") return;  // the smooth's reference is printed unstratified
    // plot.cox.zph's smooth of the first column: natural spline, df 4, 40 points, band +/- 2 se
    std::vector<double> y;
    for (std::size_t e = 0; e < z.x.size(); ++e) y.push_back(z.resid[e * p]);
    const stats::ZphSmooth s = stats::zphSmooth(z.x, y, z.var[0]);
    REQUIRE(s.x.size() == 40);
    for (const auto& line : referenceLines("survival_depth_reference.txt", label + " zph_smooth")) {
        const auto i = static_cast<std::size_t>(std::stoi(line[0])) - 1;
        const auto want = referenceNumbers(line[1]);  // grid yhat lower upper
        INFO(label << " smooth point " << i + 1);
        close(s.x[i], want[0]);
        close(s.fit[i], want[1]);
        close(s.lower[i], want[2]);
        close(s.upper[i], want[3]);
    }
}

}  // namespace

TEST_CASE("PH test and scaled Schoenfeld residuals equal cox.zph on veteran and colon", "[survival][zph]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.phTest = true;
    const StudyData veteran = importDepth("veteran", "VET");
    // R: cox.zph(coxph(Surv(time, status) ~ arm, veteran), transform = "km")
    check("veteran", analyseSurvival(veteran, o));
    // R: the same with + strata(celltype)
    SurvivalOptions s = o;
    s.strata = "CELLTYPE";
    check("veteran_strata", analyseSurvival(veteran, s));
    // R: colon deaths, arm with Obs as the reference level
    SurvivalOptions c = o;
    c.reference = "Obs";
    check("colon", analyseSurvival(importDepth("colon", "COL"), c));
}

TEST_CASE("PH test of a four-level grouping is one term on three df", "[survival][zph]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.phTest = true;
    o.by = "CELLTYPE";
    const SurvivalReport r = analyseSurvival(importDepth("veteran", "VET"), o);
    REQUIRE(r.phTest);  // four cell types: one term with three columns
    CHECK(r.phTest->columns.size() == 3);
    CHECK(r.phTest->global.df == 3);
    CHECK(r.phTest->terms.at(0).chisq == r.phTest->global.chisq);
    CHECK(r.phTest->terms.at(0).term == "CELLTYPE");
}
