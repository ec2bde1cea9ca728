// The one rule for the variables a view offers (core/analysis/adsl_variables.h), on the CDISC pilot's
// ADSL: what a "By" list offers and what it leaves out.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/analysis/adsl_variables.h"
#include "pilot_study.h"

using namespace ts;

namespace {
bool has(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}
}  // namespace

TEST_CASE("grouping variables: categorical ADSL variables, never identifiers, flags or dates", "[analysis][adsl]") {
    static const StudyData pilot = test::importPilot();
    const std::vector<std::string> by = groupingVariables(pilot);
    for (const char* offered : {"SEX", "RACE", "AGEGR1", "TRT01A", "ARM", "ETHNIC"}) {
        INFO(offered);
        CHECK(has(by, offered));
    }
    // Identifiers, population flags, and variables with more levels than a figure can show.
    // Dates and study days even with few values (3 deaths: DTHDT, DTHDTC, DTHADY have 3 or fewer).
    for (const char* left : {"STUDYID", "USUBJID", "SUBJID", "SITEID", "SAFFL", "DTHFL", "AGE", "TRTSDT", "BRTHDTC",
                             "DTHDT", "DTHDTC", "DTHADY"}) {
        INFO(left);
        CHECK_FALSE(has(by, left));
    }
    CHECK(std::is_sorted(by.begin(), by.end()));
    // Subgroups of a treatment contrast leave the treatment out; at most 6 levels.
    const std::vector<std::string> subgroups = groupingVariables(pilot, 6, false);
    CHECK(has(subgroups, "SEX"));
    CHECK_FALSE(has(subgroups, "TRT01A"));
    CHECK_FALSE(has(subgroups, "ARMCD"));
}

TEST_CASE("population flags: *FL variables holding only Y, N or blank", "[analysis][adsl]") {
    static const StudyData pilot = test::importPilot();
    const std::vector<std::string> flags = populationFlags(pilot);
    CHECK(has(flags, "SAFFL"));
    CHECK_FALSE(has(flags, "SEX"));
    StudyData declared;
    declared.info.populationFlags = {"ITTFL", "PPROTFL"};
    CHECK(populationFlags(declared) == declared.info.populationFlags);
}
