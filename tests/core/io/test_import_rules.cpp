// ADaM validation rules, domain detection and all-or-nothing import of study folders and files.
#include "core/io/study_importer.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::fixtureDir;
using ts::test::inputError;
using ts::test::ScratchDir;

namespace {

const std::string adsl =
    "STUDYID,USUBJID,TRT01A,AGE,SAFFL,TRTSDTM\n"
    "T1,T1-1,Drug,50.50,Y,2020-01-01 00:00:00\n"
    "T1,T1-2,Placebo,61,Y,2020-01-02 08:30:00\n"
    "T1,T1-3,Drug,70,N,\n";
const std::string adtte =
    "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n"
    "T1,T1-1,OS,Overall survival,10,0\n"
    "T1,T1-2,OS,Overall survival,12.5,1\n"
    "T1,T1-3,PFS,Progression-free survival,3,2\n";
const std::string adlb =
    "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,AVISIT,AVISITN,ADY,ANRLO,ANRHI,A1LO,A1HI\n"
    "T1,T1-1,ALT,ALT (U/L),20,Baseline,0,1,5,40,1,2\n"
    "T1,T1-1,ALT,ALT (U/L),NA,Week 4,4,29,,,7,45\n";
const std::string adae =
    "STUDYID,USUBJID,AEBODSYS,AEDECOD,AESEV,AETOXGR,AEREL,AESER,TRTEMFL\n"
    "T1,T1-1,GENERAL,PYREXIA,MILD,1,RELATED,N,Y\n"
    "T1,T1-2,GENERAL,FATIGUE,SEVERE,GRADE 3,NONE,Y,\n";

struct Study {
    ScratchDir dir;
    std::filesystem::path folder = dir.path() / "study1";
    Study() {
        dir.write("study1/adsl.csv", adsl);
        dir.write("study1/ADTTE.CSV", adtte);
        dir.write("study1/adlb.csv", adlb);
        dir.write("study1/adae.csv", adae);
    }
    void put(const std::string& name, const std::string& text) { dir.write("study1/" + name, text); }
    std::string importError() {
        Store store = Store::open(dir.path() / "s.db");
        std::string msg = inputError([&] { importPath(store, folder); });
        CHECK(store.studies().empty());  // nothing half-imported
        return msg;
    }
};

}  // namespace

TEST_CASE("Import: a folder of ADaM CSVs", "[import]") {
    Study s;
    Store store = Store::open(s.dir.path() / "s.db");
    ImportSummary sum = importPath(store, s.folder);
    CHECK(sum.study == "T1");
    CHECK(sum.subjects == 3);
    CHECK(sum.tteRecords == 3);
    CHECK(sum.labRecords == 2);
    CHECK(sum.aeRecords == 2);
    auto d = store.loadStudy("T1");
    REQUIRE(d);
    REQUIRE(d->subjects.size() == 3);
    CHECK(*d->subjects[0].var("AGE") == "50.5");  // no trailing zeros
    CHECK(*d->subjects[0].var("TRTSDTM") == "2020-01-01");
    CHECK(*d->subjects[1].var("TRTSDTM") == "2020-01-02T08:30:00");
    CHECK(d->subjects[2].var("TRTSDTM")->empty());
    REQUIRE(d->info.arms.size() == 2);
    // No TRT01AN: the control arm comes first (armRank), not the alphabet's "Drug".
    CHECK(d->info.arms[0].code == "Placebo");
    CHECK(d->info.arms[1].code == "Drug");
    REQUIRE(d->tte.size() == 3);
    CHECK(d->tte[1].aval == 12.5);
    CHECK(d->tte[2].cnsr == 2);
    REQUIRE(d->labs.size() == 2);
    CHECK(d->labs[0].unit == "U/L");
    CHECK(d->labs[0].lo == 5.0);  // ANRLO preferred
    CHECK(d->labs[1].lo == 7.0);  // A1LO when ANRLO is missing
    CHECK(d->labs[1].hi == 45.0);
    CHECK(!d->labs[1].aval);
    CHECK(d->labs[1].ady == 29.0);
    REQUIRE(d->aes.size() == 2);
    CHECK(d->aes[0].toxgr == 1);
    CHECK(d->aes[1].toxgr == 3);
    CHECK(d->aes[1].serious == true);
    CHECK(!d->aes[1].trtemfl);
}

TEST_CASE("Import: ADaM rules reject bad rows with FILE:ROW", "[import][bad]") {
    struct Case {
        const char* file;
        std::string text;
        const char* message;
    };
    const Case cases[] = {
        {"adsl.csv", "USUBJID,AGE\nT1-1,3\n", "adsl.csv:1: missing required variable 'STUDYID'"},
        {"adsl.csv", "STUDYID,AGE\nT1,3\n", "adsl.csv:1: missing required variable 'USUBJID'"},
        {"adsl.csv", "STUDYID,USUBJID\nT1,T1-1\nT1,T1-2\nT1,T1-3\nT1,T1-2\n",
         "adsl.csv:5: duplicate USUBJID 'T1-2' (first at line 3)"},
        {"adsl.csv", "STUDYID,USUBJID\nT1,T1-1\nT1,\n", "adsl.csv:3: USUBJID is missing"},
        {"ADTTE.CSV", "STUDYID,USUBJID,PARAMCD,AVAL\nT1,T1-1,OS,1\n", "ADTTE.CSV:1: missing required variable 'CNSR'"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,1,0\nT1-9,OS,1,0\n",
         "ADTTE.CSV:3: subject 'T1-9' is not in ADSL"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,-1,0\n", "ADTTE.CSV:2: AVAL must be >= 0 (got -1)"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,abc,0\n", "ADTTE.CSV:2: AVAL: 'abc' is not a number"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,NA,0\n", "ADTTE.CSV:2: AVAL is missing"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,1,0.5\n",
         "ADTTE.CSV:2: CNSR must be a non-negative integer (got '0.5')"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,1,-1\n",
         "ADTTE.CSV:2: CNSR must be a non-negative integer (got '-1')"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR\nT1-1,OS,1,\n",
         "ADTTE.CSV:2: CNSR must be a non-negative integer (got '')"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,PARAM,AVAL,CNSR\nT1-1,OS,Overall,1,0\nT1-2,OS,Other,1,0\n",
         "ADTTE.CSV:3: PARAMCD 'OS' has two PARAM values: 'Overall' and 'Other'"},
        {"ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR,provenance\nT1-1,OS,1,0,reconstructed\nT1-2,OS,1,0,made up\n",
         "ADTTE.CSV:3: provenance: 'made up' is not original, reconstructed, published-aggregate or illustrative"},
        {"adlb.csv", "USUBJID,PARAMCD,PARAM,AVAL\nT1-1,ALT,ALT,1\nT1-1,AST,ALT,1\n",
         "adlb.csv:3: PARAM 'ALT' has two PARAMCD values: 'ALT' and 'AST'"},
        {"adlb.csv", "USUBJID,PARAMCD\nT1-1,ALT\n", "adlb.csv:1: missing required variable 'AVAL'"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,ADY\nT1-1,ALT,1,day3\n", "adlb.csv:2: ADY: 'day3' is not a number"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,ADT\nT1-1,ALT,1,2014-02-30\n",
         "adlb.csv:2: ADT: '2014-02-30' is not a date (YYYY-MM-DD[THH:MM:SS])"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,ANRLO,ANRHI\nT1-1,ALT,1,40,5\n",
         "adlb.csv:2: the reference range is upside down: ANRLO 40 is above ANRHI 5"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,ANRLO,ANRHI,A1LO\nT1-1,ALT,1,,5,9\n",
         "adlb.csv:2: the reference range is upside down: A1LO 9 is above ANRHI 5"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,ATOXGR\nT1-1,ALT,1,7\n", "adlb.csv:2: ATOXGR 7 is not a grade (-4 to 5)"},
        {"adlb.csv", "USUBJID,PARAMCD,AVAL,BTOXGRH\nT1-1,ALT,1,1.5\n", "adlb.csv:2: BTOXGRH: '1.5' is not an integer"},
        {"adae.csv", "USUBJID,AETERM\nT1-1,x\n", "adae.csv:1: missing required variable 'AEDECOD'"},
        {"adae.csv", "USUBJID,AEDECOD,ASTDT\nT1-1,X,03/01/2014\n",
         "adae.csv:2: ASTDT: '03/01/2014' is not a date (YYYY-MM-DD[THH:MM:SS])"},
        {"adae.csv", "USUBJID,AEDECOD,AENDY\nT1-1,X,late\n", "adae.csv:2: AENDY: 'late' is not a number"},
        {"adae.csv", "USUBJID,AEDECOD,AETOXGR\nT1-1,X,GRADE 7\n", "adae.csv:2: AETOXGR: 'GRADE 7' is not a grade 1-5"},
        {"adae.csv", "USUBJID,AEDECOD\nT1-4,X\n", "adae.csv:2: subject 'T1-4' is not in ADSL"},
        {"adae.csv", "USUBJID,AEDECOD,AEDECOD\nT1-1,X,X\n", "adae.csv:1: duplicate column 'AEDECOD'"},
        {"adae.csv", "USUBJID,AEDECOD\nT1-1,X\nT1-1\n", "adae.csv:3: row has 1 fields, header has 2"},
    };
    for (const Case& c : cases) {
        INFO(c.message);
        Study s;
        s.put(c.file, c.text);
        CHECK(s.importError() == c.message);
    }
}

TEST_CASE("Import: an ADTTE row's own provenance overrides the dataset's", "[import]") {
    Study s;
    s.put("ADTTE.CSV", "USUBJID,PARAMCD,AVAL,CNSR,PROVENANCE\nT1-1,OS,1,0,\nT1-2,HCC,4,1,illustrative\n");
    Store store = Store::open(s.dir.path() / "s.db");
    importPath(store, s.folder);
    const auto d = store.loadStudy("T1");
    REQUIRE(d);
    REQUIRE(d->tte.size() == 2);
    CHECK(d->tte[0].provenance == Provenance::Original);  // empty cell: the dataset's
    CHECK(d->tte[1].provenance == Provenance::Illustrative);
}

TEST_CASE("Import: a failed import leaves an existing study untouched", "[import][bad]") {
    Study s;
    Store store = Store::open(s.dir.path() / "s.db");
    importPath(store, s.folder);
    s.put("adae.csv", "USUBJID,AEDECOD\nT1-1,X\nT1-9,Y\n");
    CHECK(inputError([&] { importPath(store, s.folder); }) == "adae.csv:3: subject 'T1-9' is not in ADSL");
    auto d = store.loadStudy("T1");
    REQUIRE(d);
    CHECK(d->aes.size() == 2);
    CHECK(d->aes[1].decod == "FATIGUE");
}

TEST_CASE("Import: cancel and progress", "[import]") {
    Study s;
    Store store = Store::open(s.dir.path() / "s.db");
    std::atomic<bool> cancel{false};
    std::vector<double> seen;
    ImportControl control;
    control.progress = [&](double f, const std::string&) { seen.push_back(f); };
    ImportSummary sum = importPath(store, s.folder, control);
    CHECK(sum.subjects == 3);
    REQUIRE(!seen.empty());
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    Store other = Store::open(s.dir.path() / "t.db");
    control.cancel = &cancel;
    control.progress = [&](double, const std::string& stage) {
        if (stage == "adlb.csv") cancel = true;
    };
    CHECK(inputError([&] { importPath(other, s.folder, control); }) == "adlb.csv:0: cancelled");
    CHECK(other.studies().empty());
}

TEST_CASE("Import: single files and domain detection", "[import]") {
    ScratchDir dir;
    Store store = Store::open(dir.path() / "s.db");
    // A single ADTTE creates the study named by its STUDYID (no ADSL: membership not checked).
    auto tte = dir.write("trial_adtte.csv", adtte);
    ImportSummary sum = importPath(store, tte);
    CHECK(sum.study == "T1");
    CHECK(sum.tteRecords == 3);
    CHECK(sum.subjects == 0);
    // A single XPT whose dataset name (ADLB) tells the domain.
    sum = importPath(store, fixtureDir() / "lab_export.xpt");
    CHECK(sum.study == "T1");
    CHECK(sum.labRecords == 2);
    auto d = store.loadStudy("T1");
    REQUIRE(d);
    CHECK(d->tte.empty());  // replaced: a single file brings just its domain
    REQUIRE(d->labs.size() == 2);
    CHECK(d->labs[0].aval == 20.5);
    CHECK(d->labs[0].unit == "U/L");

    auto notes = dir.write("notes.csv", "a\n1\n");
    CHECK(inputError([&] { importPath(store, notes); }) ==
          "notes.csv:0: cannot tell the domain from the name (adsl, adtte, adlb, adae)");
    auto noStudy = dir.write("adae.csv", "USUBJID,AEDECOD\nX-1,PYREXIA\n");
    CHECK(inputError([&] { importPath(store, noStudy); }) ==
          "adae.csv:1: missing required variable 'STUDYID' (it names the study)");
    CHECK(inputError([&] { importPath(store, dir.path() / "absent"); }) ==
          (dir.path() / "absent").string() + ":0: no such file or folder");
}

TEST_CASE("Import: folder layout problems", "[import][bad]") {
    Study s;
    s.put("adsl_copy.csv", adsl);
    CHECK(s.importError() == "adsl_copy.csv:0: second adsl dataset (also adsl.csv)");

    ScratchDir empty;
    std::filesystem::create_directories(empty.path() / "nothing");
    Store store = Store::open(empty.path() / "s.db");
    CHECK(inputError([&] { importPath(store, empty.path() / "nothing"); }) ==
          "nothing:0: no ADaM datasets (adsl, adtte, adlb, adae as .csv, .xpt, .sas7bdat, .json or .ndjson) or "
          "aggregates/ found");
}

TEST_CASE("Import: unknown files are warnings", "[import]") {
    Study s;
    s.put("readme.csv", "a\n1\n");
    Store store = Store::open(s.dir.path() / "s.db");
    ImportSummary sum = importPath(store, s.folder);
    CHECK(sum.warnings ==
          std::vector<std::string>{"readme.csv:0: not an ADaM dataset (adsl, adtte, adlb, adae); skipped",
                                   "ADTTE.CSV:0: no AVALU and no time_unit in study.json: times are taken as days"});
}

TEST_CASE("Import: ADLB records that count in by-visit summaries", "[import]") {
    Study s;
    s.put("adlb.csv",
          "USUBJID,PARAMCD,AVAL,AVISIT,DTYPE,ANL01FL,ABLFL\n"
          "T1-1,ALT,20,Baseline,,,Y\n"
          "T1-1,ALT,21,Week 4,,Y,\n"
          "T1-1,ALT,22,Week 4,,,\n"              // not flagged for analysis
          "T1-1,ALT,23,Week 8,LOV,Y,\n"          // derived record
          "T1-1,ALT,24,Unscheduled 1.01,,Y,\n"   // unscheduled visit
          "T1-2,ALT,25,Unscheduled 1.1,,,Y\n");  // the analysis baseline, wherever it is
    Store store = Store::open(s.dir.path() / "s.db");
    importPath(store, s.folder);
    auto d = store.loadStudy("T1");
    REQUIRE(d);
    REQUIRE(d->labs.size() == 6);
    CHECK(d->labs[0].byVisit);
    CHECK(d->labs[1].byVisit);
    CHECK(!d->labs[2].byVisit);
    CHECK(!d->labs[3].byVisit);
    CHECK(!d->labs[4].byVisit);
    CHECK(d->labs[5].byVisit);
    CHECK(d->labs[0].baseline);
    CHECK(!d->labs[1].baseline);
    CHECK(d->labs[5].baseline);
}

TEST_CASE("Import: the time unit comes from AVALU, then study.json, then days with a warning", "[import]") {
    auto unitOf = [](Study& s, std::vector<std::string>& warnings) {
        Store store = Store::open(s.dir.path() / "s.db");
        const ImportSummary sum = importPath(store, s.folder);
        warnings = sum.warnings;
        const auto study = store.loadStudy(sum.study);
        REQUIRE(study);
        return study->info.timeUnit;
    };
    std::vector<std::string> warnings;
    {
        Study s;  // no AVALU, no study.json
        CHECK(unitOf(s, warnings) == "days");
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0] == "ADTTE.CSV:0: no AVALU and no time_unit in study.json: times are taken as days");
    }
    {
        Study s;
        s.put("ADTTE.CSV", "USUBJID,PARAMCD,AVAL,AVALU,CNSR\nT1-1,OS,10,WEEKS,0\nT1-2,OS,12,weeks,1\n");
        CHECK(unitOf(s, warnings) == "weeks");
        CHECK(warnings.empty());
        s.put("study.json", R"({"id": "T1", "time_unit": "months"})");
        CHECK(unitOf(s, warnings) == "weeks");  // the data say weeks
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0] == "study.json:0: time_unit months differs from ADTTE's AVALU (weeks): AVALU used");
    }
    {
        Study s;
        s.put("study.json", R"({"id": "T1", "time_unit": "months"})");
        CHECK(unitOf(s, warnings) == "months");
        CHECK(warnings.empty());
    }
    {
        Study s;
        s.put("ADTTE.CSV", "USUBJID,PARAMCD,AVAL,AVALU,CNSR\nT1-1,OS,10,DAYS,0\nT1-2,PFS,12,MONTHS,1\n");
        CHECK(s.importError() ==
              "ADTTE.CSV:3: AVALU says months where ADTTE.CSV:2 says days: a study's time-to-event records share one "
              "time unit");
        s.put("ADTTE.CSV", "USUBJID,PARAMCD,AVAL,AVALU,CNSR\nT1-1,OS,10,HOURS,0\n");
        CHECK(s.importError() == "ADTTE.CSV:2: AVALU 'HOURS' is not a time unit (DAYS, WEEKS, MONTHS or YEARS)");
    }
}
