// The interaction test of a subgroup forest plot against R (tests/reference/subgroup_interaction_reference.R):
//   anova(coxph(Surv(AVAL, 1 - CNSR) ~ arm + sub), coxph(Surv(AVAL, 1 - CNSR) ~ arm * sub))
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>

#include "core/analysis/analysis_error.h"
#include "core/analysis/subgroup_interaction.h"
#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/cli/reference_lines.h"
#include "tests/core/analysis/pilot_study.h"
#include "tests/scratch_dir.h"

using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;
using namespace ts;

namespace {

void checkAgainstR(const InteractionTest& t, const std::string& label) {
    const auto fields = test::referenceLines("subgroup_interaction_reference.txt", label).front();
    REQUIRE(fields.size() == 4);
    INFO(label);
    CHECK(t.n == std::stoi(fields[0]));
    CHECK_THAT(t.chisq, WithinRel(std::stod(fields[1]), 1e-6));
    CHECK(t.df == std::stoi(fields[2]));
    CHECK_THAT(t.p, WithinRel(std::stod(fields[3]), 1e-6));
}

StudyData shi() {
    const test::ScratchDir dir;
    Store store = Store::open(dir.file("t.db"));
    importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials/shi2021");
    std::optional<StudyData> d = store.loadStudy("SHI2021");
    REQUIRE(d);
    return std::move(*d);
}

}  // namespace

TEST_CASE("subgroup interaction: likelihood-ratio test of arm x subgroup equals R's anova", "[analysis][forest]") {
    // Shi 2021 OS, UC-MSC vs control, by sex: chisq 0.172193586089804 on 1 df.
    checkAgainstR(subgroupInteraction(shi(), "OS", "SEX"), "shi_os_trt01a_sex");
    // The pilot's OS by TRT01A x SEX (3 deaths: R warns that coefficients may be infinite; the
    // likelihoods still converge, and so does the test): chisq 0.934315060083094 on 2 df.
    checkAgainstR(subgroupInteraction(test::importPilot(), "OS", "SEX"), "pilot_os_trt01a_sex");
}

TEST_CASE("subgroup interaction: a variable the study lacks is an AnalysisError", "[analysis][forest]") {
    CHECK_THROWS_AS(subgroupInteraction(shi(), "OS", "NOSUCHVAR"), AnalysisError);
    CHECK_THROWS_AS(subgroupInteraction(shi(), "NOSUCHEP", "SEX"), AnalysisError);
}
