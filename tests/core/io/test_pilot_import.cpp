// The CDISC pilot study (306 subjects) imported from its CSV and from its SAS XPORT copies.
#include <algorithm>
#include <set>

#include "core/io/study_importer.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::pilotDir;
using ts::test::ScratchDir;

namespace {

// A study folder holding links to the four pilot datasets of one format.
std::filesystem::path pilotFolder(const ScratchDir& dir, const std::string& ext) {
    auto folder = dir.path() / ("pilot_" + ext);
    std::filesystem::create_directories(folder);
    for (const char* d : {"adsl", "adtte", "adlb", "adae"})
        std::filesystem::create_symlink(pilotDir() / (std::string(d) + "." + ext),
                                        folder / (std::string(d) + "." + ext));
    return folder;
}

StudyData importPilot(const std::string& ext, ImportSummary& summary) {
    ScratchDir dir;
    Store store = Store::open(dir.path() / "store.db");
    summary = importPath(store, pilotFolder(dir, ext));
    auto data = store.loadStudy("CDISCPILOT01");
    REQUIRE(data);
    return *data;
}

}  // namespace

TEST_CASE("CDISC pilot: CSV and XPT give the same study", "[import][pilot]") {
    ImportSummary csvSummary, xptSummary;
    StudyData csv = importPilot("csv", csvSummary);
    StudyData xpt = importPilot("xpt", xptSummary);

    // Counts: R nrow(read.csv("adsl.csv")) = 306, adtte 512, adlb 22557 (haven::read_xpt gives the same), adae 1191.
    CHECK(csvSummary.study == "CDISCPILOT01");
    CHECK(csvSummary.subjects == 306);
    CHECK(csvSummary.tteRecords == 512);
    CHECK(csvSummary.labRecords == 22557);
    CHECK(csvSummary.aeRecords == 1191);
    CHECK(xptSummary.subjects == 306);
    CHECK(xptSummary.tteRecords == 512);
    CHECK(xptSummary.labRecords == 22557);
    CHECK(xptSummary.aeRecords == 1191);
    REQUIRE(csv.subjects.size() == 306);
    REQUIRE(xpt.subjects.size() == 306);
    CHECK(csv.aes.size() == 1191);

    // Arms from ADSL TRT01A (R: names(table(read.csv("adsl.csv")$TRT01A))); the pilot has no
    // TRT01AN, so they are in armRank order: control, low, high dose, then screen failures.
    REQUIRE(csv.info.arms.size() == 4);
    CHECK(csv.info.arms[0].code == "Placebo");
    CHECK(csv.info.arms[1].code == "Xanomeline Low Dose");
    CHECK(csv.info.arms[2].code == "Xanomeline High Dose");
    CHECK(csv.info.arms[3].code == "Screen Failure");

    // The lab panel: R unique(read.csv("adlb.csv")$PARAMCD)
    std::set<std::string> panel;
    for (const LabRecord& r : csv.labs) panel.insert(r.paramcd);
    CHECK(panel == std::set<std::string>{"ALB", "ALKPH", "ALT", "AST", "BILI", "CREAT", "GGT", "PLAT", "PROT"});

    // Spot values: R read.csv("adsl.csv")[1, c("AGE","TRTEDTM","REGION1")] -> 63, "2014-07-02 23:59:59", "NA"
    const Subject& s0 = csv.subjects[0];
    CHECK(s0.usubjid == "01-701-1015");
    CHECK(*s0.var("AGE") == "63");
    CHECK(*s0.var("TRTEDTM") == "2014-07-02T23:59:59");
    CHECK(*s0.var("TRTSDTM") == "2014-01-02");
    CHECK(s0.var("REGION1")->empty());
    // R: read.csv("adlb.csv")[1, c("PARAMCD","AVAL","ANRLO","ANRHI","AVISITN","ADY")] -> ALB 38 33 49 0 -7
    const LabRecord& l0 = csv.labs[0];
    CHECK(l0.paramcd == "ALB");
    CHECK(l0.unit == "g/L");
    CHECK(l0.aval == 38.0);
    CHECK(l0.lo == 33.0);
    CHECK(l0.hi == 49.0);
    CHECK(l0.avisitn == 0.0);
    CHECK(l0.ady == -7.0);

    // Identical contents, record by record.
    CHECK(csv.info.id == xpt.info.id);
    CHECK(csv.info.arms.size() == xpt.info.arms.size());
    for (std::size_t i = 0; i < csv.subjects.size(); ++i) {
        INFO("subject " << csv.subjects[i].usubjid);
        REQUIRE(csv.subjects[i].usubjid == xpt.subjects[i].usubjid);
        for (const auto& [k, v] : csv.subjects[i].vars) {
            INFO("var " << k);
            REQUIRE(xpt.subjects[i].var(k));
            REQUIRE(v == *xpt.subjects[i].var(k));
        }
        REQUIRE(csv.subjects[i].vars.size() == xpt.subjects[i].vars.size());
    }
    REQUIRE(csv.tte.size() == xpt.tte.size());
    for (std::size_t i = 0; i < csv.tte.size(); ++i) {
        const TteRecord &a = csv.tte[i], &b = xpt.tte[i];
        REQUIRE(std::tie(a.usubjid, a.paramcd, a.param, a.aval, a.cnsr) ==
                std::tie(b.usubjid, b.paramcd, b.param, b.aval, b.cnsr));
    }
    REQUIRE(csv.labs.size() == xpt.labs.size());
    for (std::size_t i = 0; i < csv.labs.size(); ++i) {
        const LabRecord &a = csv.labs[i], &b = xpt.labs[i];
        INFO("lab row " << i);
        REQUIRE(std::tie(a.usubjid, a.paramcd, a.param, a.unit, a.avisit, a.avisitn, a.ady, a.aval, a.base, a.chg, a.lo,
                         a.hi, a.byVisit, a.baseline) == std::tie(b.usubjid, b.paramcd, b.param, b.unit, b.avisit,
                                                                  b.avisitn, b.ady, b.aval, b.base, b.chg, b.lo, b.hi,
                                                                  b.byVisit, b.baseline));
    }
    // Records summarised by visit: the ABLFL baseline, or DTYPE empty, AVISIT not "Unscheduled ..."
    // and ANL01FL = "Y". Python: sum(1 for x in csv.DictReader(open("adlb.csv")) if x["ABLFL"] == "Y"
    //   or (x["DTYPE"] == "" and not x["AVISIT"].upper().startswith("UNSCHED") and x["ANL01FL"] == "Y"))
    //   = 14857; ABLFL = "Y" on 2283 records.
    CHECK(std::count_if(csv.labs.begin(), csv.labs.end(), [](const LabRecord& r) { return r.byVisit; }) == 14857);
    CHECK(std::count_if(csv.labs.begin(), csv.labs.end(), [](const LabRecord& r) { return r.baseline; }) == 2283);
    REQUIRE(csv.aes.size() == xpt.aes.size());
    for (std::size_t i = 0; i < csv.aes.size(); ++i) {
        const AdverseEvent &a = csv.aes[i], &b = xpt.aes[i];
        REQUIRE(std::tie(a.usubjid, a.bodsys, a.decod, a.severity, a.toxgr, a.related, a.serious, a.trtemfl) ==
                std::tie(b.usubjid, b.bodsys, b.decod, b.severity, b.toxgr, b.related, b.serious, b.trtemfl));
    }
}

TEST_CASE("CDISC pilot: a folder holding both formats imports the .xpt and skips the .csv copies", "[import][pilot]") {
    ScratchDir dir;
    Store store = Store::open(dir.path() / "store.db");
    ImportSummary summary = importPath(store, pilotDir());
    CHECK(summary.subjects == 306);
    CHECK(summary.aeRecords == 1191);
    for (const char* d : {"adsl", "adtte", "adlb", "adae"}) {
        const std::string expected =
            std::string(d) + ".csv:0: same dataset as " + d + ".xpt, which is imported; skipped";
        CHECK(std::count(summary.warnings.begin(), summary.warnings.end(), expected) == 1);
    }
}
