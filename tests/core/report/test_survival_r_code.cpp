// "Show R code" of the survival view (core/report/survival_r_code.h). Three analyses, written by
//   trialscope-cli km --study SHI2021 --endpoint OS --r-code shi2021_os.R
//   trialscope-cli km --study SHI2021 --endpoint HCCFS --conf-type plain --conf-level 0.9 --ties breslow
//       --rho 1 --rmst 36 --ph-test --r-code shi2021_hccfs_options.R
//   trialscope-cli km --study CDISCPILOT01 --endpoint OS --conf-type log-log --pairwise holm --strata SEX
//       --population SAFFL --ref Placebo --r-code cdiscpilot01_os_options.R
// and run with `Rscript X.R > X.txt` (R 4.2.2, survival 3.5-3), are kept in tests/reference/r_code/.
// Here: the data and the code this build writes are those files (but for the version line), the
// code carries every option in force, and every number R printed equals the analysis's.
#include <catch2/catch.hpp>

#include "core/analysis/option_tables.h"
#include "core/report/survival_r_code.h"
#include "tests/core/analysis/pilot_study.h"
#include "tests/core/report/r_output.h"

using namespace ts;
using Catch::Matchers::Contains;

namespace {

using test::kRCodeDir;
using test::same;
using test::slurp;
using test::withoutFirstLine;

StudyData shi2021() { return test::importSample("shi2021", "SHI2021"); }

const SurvivalGroup& group(const SurvivalReport& r, const std::string& name) {
    for (const SurvivalGroup& g : r.groups)
        if (g.name == name) return g;
    FAIL("no group " << name);
    return r.groups.front();
}

// Every "|" line R printed against the report; returns how many numbers were compared.
int compareWithR(const SurvivalReport& r, const std::string& output) {
    int compared = 0;
    for (const std::vector<std::string>& f : test::rLines(output)) {
        INFO(f[0] << "|" << f[1] << "|" << f[2]);
        if (f[0] == "median") {
            const SurvivalGroup& g = group(r, f[1]);
            same(g.median.estimate, f[2]);
            same(g.median.lower, f[3]);
            same(g.median.upper, f[4]);
        } else if (f[0] == "at") {
            const SurvivalGroup& g = group(r, f[1]);
            const double t = std::stod(f[2]);
            const auto at = std::find_if(g.at.begin(), g.at.end(), [t](const stats::KmAt& a) { return a.time == t; });
            REQUIRE(at != g.at.end());
            same(at->nRisk, f[3]);
            same(at->surv, f[4]);
            if (at->ciDefined) {
                same(at->lower, f[5]);
                same(at->upper, f[6]);
            }
        } else if (f[0] == "logrank") {
            REQUIRE(r.logrank);
            same(r.logrank->chisq, f[1]);
            CHECK(r.logrank->df == std::stoi(f[2]));
            same(r.logrank->p, f[3]);
        } else if (f[0] == "hr") {
            REQUIRE(r.cox);
            for (const stats::CoxTerm& term : r.cox->terms)
                if (term.name == f[1] && term.estimable) {
                    same(term.hr, f[2]);
                    same(term.lower, f[3]);
                    same(term.upper, f[4]);
                    same(term.p, f[5]);
                }
        } else if (f[0] == "rmean") {
            const SurvivalGroup& g = group(r, f[1]);
            REQUIRE(g.rmst);
            same(g.rmst->estimate, f[2]);
            same(g.rmst->stdErr, f[3]);
        } else if (f[0] == "pairwise") {
            const auto p = std::find_if(r.pairwise.begin(), r.pairwise.end(),
                                        [&](const PairwiseTest& t) { return t.a == f[1] && t.b == f[2]; });
            REQUIRE(p != r.pairwise.end());
            same(p->pAdjusted, f[3]);
        } else if (f[0] == "zph") {
            REQUIRE(r.phTest);
            const stats::ZphTest& z = f[1] == "GLOBAL" ? r.phTest->global : r.phTest->terms.front();
            same(z.chisq, f[2]);
            same(z.p, f[4]);
        } else {
            continue;
        }
        ++compared;
    }
    return compared;
}

// The analysis `name` of `study`: its data file and code are the committed ones, R's numbers ours.
SurvivalReport check(const StudyData& study, const SurvivalOptions& options, const std::string& name) {
    const SurvivalReport r = analyseSurvival(study, options);
    CHECK(survivalRowsCsv(survivalRows(study, options)) == slurp(kRCodeDir / (name + "_data.csv")));
    const std::string code = survivalRCode(r, name + "_data.csv");
    CHECK(withoutFirstLine(code) == withoutFirstLine(slurp(kRCodeDir / (name + ".R"))));
    CHECK(compareWithR(r, slurp(kRCodeDir / (name + ".txt"))) > 20);
    return r;
}

}  // namespace

TEST_CASE("R code: Shi 2021 OS with the view's defaults", "[report][rcode]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    const std::string code = survivalRCode(check(shi2021(), o, "shi2021_os"), "shi2021_os_data.csv");
    CHECK_THAT(code, Contains("library(survival)") && Contains("conf.type = \"log\", conf.int = 0.95") &&
                         Contains("ties = \"efron\"") && Contains("rho = 0") &&
                         Contains("levels = c(\"UC-MSC\", \"Control\")"));
    CHECK_THAT(code, !Contains("strata(") && !Contains("rmean") && !Contains("cox.zph") && !Contains("p.adjust"));
}

TEST_CASE("R code: every option of the survival view is written into its call", "[report][rcode]") {
    SurvivalOptions o;
    o.endpoint = "HCCFS";
    o.conf = stats::ConfType::Plain;
    o.level = 0.9;
    o.ties = stats::Ties::Breslow;
    o.rho = 1;
    o.rmstTau = 36;
    o.phTest = true;
    const std::string code = survivalRCode(check(shi2021(), o, "shi2021_hccfs_options"), "x.csv");
    CHECK_THAT(code, Contains("conf.type = \"plain\", conf.int = 0.9") && Contains("ties = \"breslow\"") &&
                         Contains("rho = 1)") && Contains("rmean = 36") &&
                         Contains("cox.zph(cox, transform = \"km\")") && Contains("summary(cox, conf.int = 0.9)"));
    // What base survival cannot redo is said, not silently dropped.
    o.gamma = 1;
    o.landmark = 12;
    const std::string unreproduced = survivalRCode(analyseSurvival(shi2021(), o), "x.csv");
    CHECK_THAT(unreproduced, Contains("Not reproduced here: the Fleming-Harrington weight gamma = 1") &&
                                 Contains("Not reproduced here: the landmark split at 12"));
}

TEST_CASE("R code: the CDISC pilot, stratified, pairwise, in a population", "[report][rcode][cdisc]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.conf = stats::ConfType::LogLog;
    o.pairwise = stats::PAdjust::Holm;
    o.strata = "SEX";
    o.population = "SAFFL";
    o.reference = "Placebo";
    const std::string code =
        survivalRCode(check(test::importPilot(), o, "cdiscpilot01_os_options"), "cdiscpilot01_os_options_data.csv");
    CHECK_THAT(code, Contains("conf.type = \"log-log\"") && Contains("~ group + strata(stratum), data = d, rho = 0") &&
                         Contains("p.adjust(p, method = \"holm\")") && Contains("population SAFFL = Y applied") &&
                         Contains("levels = c(\"Placebo\", "));
}
