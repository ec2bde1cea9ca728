// Service layer on the CDISC pilot, imported through the real importer and store:
// OS by TRT01A against tests/reference/cdisc_km_reference.txt.
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

#include "core/analysis/survival_analysis.h"
#include "core/io/study_importer.h"
#include "core/store/store.h"

using namespace ts;
using Catch::Matchers::WithinRel;

namespace {

// Imports the pilot's CSV datasets (linked into a scratch folder: the shared folder also holds
// .xpt copies of the same datasets) into a scratch store and loads the study back.
StudyData importPilot() {
    std::random_device rd;
    const auto dir = std::filesystem::temp_directory_path() /
                     std::string("ts-cdisc-").append(std::to_string(rd())).append(std::to_string(rd()));
    const auto folder = dir / "cdiscpilot01";
    std::filesystem::create_directories(folder);
    const auto source = std::filesystem::path(TRIALSCOPE_SHARED_DIR) / "data" / "cdiscpilot01";
    for (const char* name : {"adsl.csv", "adtte.csv"}) std::filesystem::create_symlink(source / name, folder / name);
    std::optional<StudyData> d;
    {
        Store store = Store::open(dir / "t.db");
        importPath(store, folder);
        d = store.loadStudy("CDISCPILOT01");
    }
    std::filesystem::remove_all(dir);
    REQUIRE(d);
    return std::move(*d);
}

}  // namespace

TEST_CASE("OS by TRT01A on the CDISC pilot equals survfit / survdiff / coxph", "[analysis][cdisc]") {
    SurvivalOptions o;
    o.endpoint = "OS";
    o.by = "TRT01A";
    o.times = {30, 60, 90};
    const auto r = analyseSurvival(importPilot(), o);
    REQUIRE(r.groups.size() == 3);
    CHECK(r.groups[0].name == "Placebo");
    // R: summary(survfit(Surv(AVAL, CNSR == 0) ~ TRT01A, os), times = c(30, 60, 90), extend = TRUE)
    CHECK(r.groups[0].fit.n == 86);
    CHECK(r.groups[0].fit.events == 2);
    CHECK_THAT(r.groups[0].at[0].surv, WithinRel(0.988235294117647, 1e-9));
    CHECK(r.groups[0].at[0].nRisk == 81);
    CHECK(r.groups[1].fit.events == 0);
    CHECK(r.groups[1].note == "no events: median not reached");
    CHECK_THAT(r.groups[2].at[2].lower, WithinRel(0.948958165960271, 1e-9));
    // R: survdiff(Surv(AVAL, CNSR == 0) ~ TRT01A, os)
    CHECK_THAT(r.logrank->chisq, WithinRel(1.30210208700386, 1e-9));
    // R: coxph(Surv(AVAL, CNSR == 0) ~ TRT01A, os): the High Dose coefficient diverges
    REQUIRE(r.cox);
    CHECK_FALSE(r.cox->terms[0].estimable);
    CHECK_THAT(r.cox->terms[1].hr, WithinRel(0.703498356196191, 1e-6));
    CHECK_THAT(r.cox->lrP, WithinRel(0.352009637127163, 1e-6));
}
