// How the views name ADSL variables (core/analysis/adsl_label.h): the study's own labels (from its
// files or define.xml), else the dictionary, else the name; baseline row labels with units (AGEU
// where the study has it) and analyseBaseline using them on the CDISC pilot; selector texts and the
// grouping named in titles.
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

TEST_CASE("the study's own labels come first, with the dictionary's unit unless they state one",
          "[analysis][baseline][labels]") {
    StudyData d = withAgeUnits({"YEARS"});
    d.info.labels = {{{"ADSL", "AGE"}, "Age at consent"},
                     {{"ADSL", "HEIGHTBL"}, "Baseline Height (cm)"},
                     {{"ADSL", "CHILDPUGH"}, "Child-Pugh class"},
                     {{"ADAE", "SEX"}, "not ADSL's"}};
    CHECK(adslLabel(d, "AGE") == "Age at consent (years)");
    CHECK(adslLabel(d, "HEIGHTBL") == "Baseline Height (cm)");
    CHECK(adslLabel(d, "CHILDPUGH") == "Child-Pugh class");
    CHECK(adslLabel(d, "SEX") == "Sex");  // the dictionary: the study labels ADAE's SEX only
    CHECK(variableChoice(d.info, "CHILDPUGH") == "Child-Pugh class (CHILDPUGH)");
    CHECK(variableChoice(d.info, "SEX") == "Sex (SEX)");
    CHECK(variableChoice(d.info, "SITEGR1") == "SITEGR1");
    // A CSV import's flags and treatment by ADaMIG's standard labels.
    CHECK(variableChoice(d.info, "ITTFL") == "Intent-To-Treat Population Flag (ITTFL)");
    CHECK(variableChoice(d.info, "TRT01A") == "Actual Treatment for Period 01 (TRT01A)");
}

TEST_CASE("groupingName: treatments by their role, other variables by their label", "[analysis][labels]") {
    StudyInfo info;
    info.labels = {{{"ADSL", "AGEGR1"}, "Pooled Age Group 1"},
                   {{"ADSL", "TRT01A"}, "Actual Treatment for Period 01"},
                   {{"ADSL", "ECOGBL"}, "ECOG Performance Status at Baseline"},
                   {{"ADSL", "CPCLASS"}, "Child-Pugh Class"}};
    CHECK(groupingName(info, "TRT01A") == "actual treatment");
    CHECK(groupingName(info, "ARM") == "planned arm");
    CHECK(groupingName(info, "AGEGR1") == "pooled age group 1");
    CHECK(groupingName(info, "ECOGBL") == "ECOG performance status at baseline");
    CHECK(groupingName(info, "CPCLASS") == "Child-Pugh class");
    CHECK(groupingName(info, "SEX") == "sex");
    CHECK(groupingName(info, "SITEGR1") == "SITEGR1");
}

TEST_CASE("analyseBaseline labels the CDISC pilot's rows", "[analysis][baseline][cdisc]") {
    const StudyData pilot = test::importPilot();
    const BaselineReport r = analyseBaseline(pilot, "", "SAFFL");
    std::vector<std::string> titles;
    for (const BaselineLine& line : r.lines)
        if (line.characteristic.find(':') == std::string::npos) titles.push_back(line.label);
    // The pilot ADSL has AGE (AGEU = "YEARS" for all), AGEGR1, SEX, RACE, ETHNIC; no height, weight or
    // BMI. Labels of the XPT files (R: attr(haven::read_xpt("adsl.xpt")$AGEGR1, "label")).
    CHECK(titles == std::vector<std::string>{"Age (years)", "Pooled Age Group 1", "Sex", "Race", "Ethnicity"});
    const auto female = std::find_if(r.lines.begin(), r.lines.end(),
                                     [](const BaselineLine& l) { return l.characteristic == "SEX: F"; });
    REQUIRE(female != r.lines.end());
    CHECK(female->label == "F");
}
