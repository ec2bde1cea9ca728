// aggregates/ CSVs and study.json applied by the importer.
#include "core/io/study_importer.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;
using ts::test::ScratchDir;

namespace {

struct AggStudy {
    ScratchDir dir;
    std::filesystem::path folder = dir.path() / "agg";
    AggStudy() {
        dir.write("agg/study.json", R"({"id": "AGG", "title": "Aggregate only", "time_unit": "months",
            "arms": [{"code": "MSC", "dose": 1}, {"code": "Control"}],
            "datasets": {"survival_points": "reconstructed"}})");
        dir.write("agg/aggregates/lab_summary.csv",
                  "arm,paramcd,param,unit,visit,visitn,time,n,mean,sd,se,median,q1,q3,min,max,change,source\n"
                  "MSC,ALB,Albumin (g/L),g/L,Week 12,12,12,100,35.5,4.25,,,,,,,N,Table 2\n"
                  "MSC,ALB,Albumin (g/L),g/L,Week 12,12,12,,1.5,,,,,,,,Y,Table 2\n");
        dir.write("agg/aggregates/ae_counts.csv",
                  "arm,soc,term,grade,related,subjects,events,serious,source\n"
                  "MSC,General,Pyrexia,1,related,7,,N,Text\n"
                  "Control,,Any adverse event,,,,12,Y,Text\n");
        dir.write("agg/aggregates/survival_points.csv",
                  "arm,endpoint,time,surv,n_risk,provenance,source\n"
                  "MSC,OS,0,1,108,,Fig 2\n"
                  "MSC,OS,12,0.85,,published-aggregate,Fig 2\n");
        dir.write("agg/aggregates/baseline.csv",
                  "characteristic,arm,value,statistic,order,source\n"
                  "\"Age, years\",MSC,45.2 ± 9.8,mean-sd,,Table 1\n"
                  "\"Age, years\",,0.41,p,7,Table 1\n");
    }
    void put(const std::string& name, const std::string& text) { dir.write("agg/" + name, text); }
};

}  // namespace

TEST_CASE("Aggregates: the four files with study.json", "[import][aggregates]") {
    AggStudy s;
    Store store = Store::open(s.dir.path() / "s.db");
    ImportSummary sum = importPath(store, s.folder);
    CHECK(sum.study == "AGG");
    CHECK(sum.aggregateRows == 8);
    CHECK(sum.warnings.empty());
    auto d = store.loadStudy("AGG");
    REQUIRE(d);
    CHECK(d->info.title == "Aggregate only");
    CHECK(d->info.timeUnit == "months");
    REQUIRE(d->info.arms.size() == 2);
    CHECK(d->info.arms[0].dose == 1.0);
    // Overall provenance: the worst of the datasets (published-aggregate beats reconstructed).
    CHECK(d->info.provenance == Provenance::PublishedAggregate);

    REQUIRE(d->labSummaries.size() == 2);
    CHECK(d->labSummaries[0].mean == 35.5);
    CHECK(d->labSummaries[0].sd == 4.25);
    CHECK(d->labSummaries[0].time == 12.0);
    CHECK(!d->labSummaries[0].se);
    CHECK(!d->labSummaries[0].change);
    CHECK(d->labSummaries[1].change);
    CHECK(d->labSummaries[0].source == "Table 2");
    REQUIRE(d->aeCounts.size() == 2);
    CHECK(d->aeCounts[0].grade == 1);
    CHECK(d->aeCounts[0].subjects == 7);
    CHECK(!d->aeCounts[0].events);
    CHECK(!d->aeCounts[1].grade);
    CHECK(d->aeCounts[1].serious);
    REQUIRE(d->survPoints.size() == 2);
    CHECK(d->survPoints[0].provenance == Provenance::Reconstructed);       // study.json datasets
    CHECK(d->survPoints[1].provenance == Provenance::PublishedAggregate);  // row column
    CHECK(d->survPoints[1].surv == 0.85);
    CHECK(!d->survPoints[1].nRisk);
    REQUIRE(d->baseline.size() == 2);
    CHECK(d->baseline[0].characteristic == "Age, years");
    CHECK(d->baseline[0].value == "45.2 ± 9.8");
    CHECK(d->baseline[0].order == 1);  // row order by default
    CHECK(d->baseline[1].order == 7);
    CHECK(d->baseline[1].arm.empty());
}

TEST_CASE("Aggregates: bad rows and columns", "[import][aggregates][bad]") {
    struct Case {
        const char* file;
        const char* text;
        const char* message;
    };
    const Case cases[] = {
        {"survival_points.csv", "arm,endpoint,time,surv\nMSC,OS,1,85\n",
         "survival_points.csv:2: SURV must be a proportion between 0 and 1"},
        {"survival_points.csv", "arm,endpoint,time,surv\nMSC,OS,-1,0.5\n",
         "survival_points.csv:2: TIME must be a number >= 0"},
        {"survival_points.csv", "arm,endpoint,surv\nMSC,OS,0.5\n",
         "survival_points.csv:1: missing required variable 'TIME'"},
        {"survival_points.csv", "arm,endpoint,time,surv,n_risk\nMSC,OS,1,,\n",
         "survival_points.csv:2: SURV and N_RISK are both missing"},
        {"ae_counts.csv", "arm,term,grade,subjects\nMSC,Fever,6,1\n", "ae_counts.csv:2: GRADE must be 1-5"},
        {"ae_counts.csv", "arm,term,subjects\nMSC,Fever,2.5\n", "ae_counts.csv:2: SUBJECTS: '2.5' is not an integer"},
        {"ae_counts.csv", "arm,term,subjects,serious\nMSC,Fever,2,maybe\n",
         "ae_counts.csv:2: SERIOUS: 'maybe' is not Y or N"},
        {"lab_summary.csv", "arm,paramcd,visit,visitn,mean\nMSC,ALB,W1,1,high\n",
         "lab_summary.csv:2: MEAN: 'high' is not a number"},
        {"lab_summary.csv", "arm,paramcd,visit,visitn,mean\n,ALB,W1,1,3\n", "lab_summary.csv:2: ARM is missing"},
        {"baseline.csv", "characteristic,value,statistic\nAge,40,mean\n",
         "baseline.csv:2: STATISTIC: 'mean' is not mean-sd, median-iqr, n-percent, p or text"},
        {"baseline.csv", "characteristic,value,provenance\nAge,40,made-up\n",
         "baseline.csv:2: provenance: 'made-up' is not original, reconstructed, published-aggregate or illustrative"},
    };
    for (const Case& c : cases) {
        INFO(c.message);
        AggStudy s;
        s.put(std::string("aggregates/") + c.file, c.text);
        Store store = Store::open(s.dir.path() / "s.db");
        CHECK(inputError([&] { importPath(store, s.folder); }) == c.message);
        CHECK(store.studies().empty());
    }
}

TEST_CASE("Aggregates: unknown columns and files are warnings", "[import][aggregates]") {
    AggStudy s;
    s.put("aggregates/baseline.csv", "characteristic,value,footnote\nAge,40,a\n");
    s.put("aggregates/extra.csv", "a\n1\n");
    Store store = Store::open(s.dir.path() / "s.db");
    ImportSummary sum = importPath(store, s.folder);
    CHECK(sum.warnings == std::vector<std::string>{"aggregates/extra.csv:0: not a known aggregate file; skipped",
                                                   "baseline.csv:1: unknown column 'FOOTNOTE' ignored"});
}

TEST_CASE("study.json: an id overrides STUDYID, a path in files is refused", "[import][manifest]") {
    ScratchDir dir;
    dir.write("s/dm.csv", "STUDYID,USUBJID\nX,X-1\n");
    dir.write("s/study.json", R"({"id": "MINE", "files": {"adsl": "dm.csv"}})");
    Store store = Store::open(dir.path() / "s.db");
    ImportSummary sum = importPath(store, dir.path() / "s");
    CHECK(sum.study == "MINE");
    CHECK(sum.subjects == 1);

    dir.write("s/study.json", R"({"files": {"adsl": "../dm.csv"}})");
    CHECK(inputError([&] { importPath(store, dir.path() / "s"); }) ==
          "study.json:0: \"files.adsl\" must be a file name in the study folder, not a path ('../dm.csv')");
    dir.write("s/study.json", R"({"files": {"adsl": "missing.csv"}})");
    CHECK(inputError([&] { importPath(store, dir.path() / "s"); }) ==
          "study.json:0: \"files.adsl\": no file missing.csv");
}
