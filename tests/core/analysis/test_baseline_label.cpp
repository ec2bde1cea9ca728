// Baseline "Table 1" row labels: adslLabel turns ADSL names into readable labels with units (AGEU
// where the study has it), and analyseBaseline uses them on the CDISC pilot.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/analysis/adsl_label.h"
#include "core/analysis/baseline_analysis.h"
#include "tests/core/analysis/pilot_study.h"

using namespace ts;

namespace {

StudyData withAgeUnits(std::initializer_list<const char*> units) {
    StudyData d;
    for (const char* u : units) {
        Subject s;
        s.vars = {{"AGE", "60"}, {"AGEU", u}};
        d.subjects.push_back(s);
    }
    return d;
}

}  // namespace

TEST_CASE("adslLabel: dictionary labels, units from AGEU, raw name otherwise", "[analysis][baseline]") {
    const StudyData none;
    CHECK(adslLabel(none, "AGE") == "Age (years)");
    CHECK(adslLabel(none, "SEX") == "Sex");
    CHECK(adslLabel(none, "ETHNIC") == "Ethnicity");
    CHECK(adslLabel(none, "HEIGHTBL") == "Height at baseline (cm)");
    CHECK(adslLabel(none, "WEIGHTBL") == "Weight at baseline (kg)");
    CHECK(adslLabel(none, "BMIBL") == "BMI at baseline (kg/m²)");
    CHECK(adslLabel(none, "AGEGR1") == "Age group");
    CHECK(adslLabel(none, "CHILDPUGH") == "CHILDPUGH");
    CHECK(adslLabel(withAgeUnits({"MONTHS", "MONTHS", ""}), "AGE") == "Age (months)");
    CHECK(adslLabel(withAgeUnits({"YEARS", "MONTHS"}), "AGE") == "Age");  // mixed units: none stated
}

TEST_CASE("analyseBaseline labels the CDISC pilot's rows", "[analysis][baseline][cdisc]") {
    const StudyData pilot = test::importPilot();
    const BaselineReport r = analyseBaseline(pilot, "", "SAFFL");
    std::vector<std::string> titles;
    for (const BaselineLine& line : r.lines)
        if (line.characteristic.find(':') == std::string::npos) titles.push_back(line.label);
    // The pilot ADSL has AGE (AGEU = "YEARS" for all), AGEGR1, SEX, RACE, ETHNIC; no height, weight or BMI.
    CHECK(titles == std::vector<std::string>{"Age (years)", "Age group", "Sex", "Race", "Ethnicity"});
    const auto female = std::find_if(r.lines.begin(), r.lines.end(),
                                     [](const BaselineLine& l) { return l.characteristic == "SEX: F"; });
    REQUIRE(female != r.lines.end());
    CHECK(female->label == "F");
}
