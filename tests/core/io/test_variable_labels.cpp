// Variable labels at import (core/io/study_importer.h): the XPT files' own labels are kept with the
// study; a CSV import with the pilot's define.xml beside it (tests/data/cdiscpilot01_define.xml,
// written by tests/reference/define/pilot_define.R from the XPT labels) gets the very same labels;
// define.xml's label wins over a file's own; a broken define.xml refuses the import and leaves the
// store as it was.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;
using ts::test::pilotDir;
using ts::test::ScratchDir;

namespace {

const std::filesystem::path kDefine =
    std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests/data/cdiscpilot01_define.xml";

// A study folder of the pilot's ADSL and ADTTE in `ext` (csv or xpt), with define.xml when given.
std::filesystem::path pilotFolder(const ScratchDir& dir, const std::string& name, const std::string& ext,
                                  const std::string& define = {}) {
    const auto folder = dir.path() / name;
    std::filesystem::create_directories(folder);
    for (const char* d : {"adsl", "adtte"})
        std::filesystem::create_symlink(pilotDir() / (std::string(d) + "." + ext),
                                        folder / (std::string(d) + "." + ext));
    if (!define.empty()) std::ofstream(folder / "define.xml", std::ios::binary) << define;
    return folder;
}

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

VariableLabels importedLabels(Store& store, const std::filesystem::path& folder) {
    importPath(store, folder);
    return store.loadStudy("CDISCPILOT01")->info.labels;
}

}  // namespace

TEST_CASE("an XPT import keeps the files' variable labels", "[import][pilot][labels]") {
    ScratchDir dir;
    Store store = Store::open(dir.file("s.db"));
    const VariableLabels labels = importedLabels(store, pilotFolder(dir, "xpt", "xpt"));
    // R: attr(haven::read_xpt("adsl.xpt")$AGEGR1, "label") and the like.
    CHECK(labels.at({"ADSL", "AGE"}) == "Age");
    CHECK(labels.at({"ADSL", "AGEGR1"}) == "Pooled Age Group 1");
    CHECK(labels.at({"ADSL", "SAFFL"}) == "Safety Population Flag");
    CHECK(labels.at({"ADSL", "LDDTHGR1"}) == "Last Dose to Death - Days Elapsed Grp 1");
    CHECK(labels.at({"ADTTE", "CNSR"}) == "Censor");
    CHECK(labels.count({"ADLB", "AVAL"}) == 0);  // only the datasets imported
}

TEST_CASE("a CSV import takes its labels from define.xml, which wins over a file's own", "[import][pilot][labels]") {
    ScratchDir dir;
    Store store = Store::open(dir.file("s.db"));
    const VariableLabels xpt = importedLabels(store, pilotFolder(dir, "xpt", "xpt"));
    CHECK(importedLabels(store, pilotFolder(dir, "csv", "csv")).empty());  // a CSV has no labels
    CHECK(importedLabels(store, pilotFolder(dir, "csv-define", "csv", slurp(kDefine))) == xpt);

    std::string changed = slurp(kDefine);
    const std::string age = ">Age</TranslatedText>";
    REQUIRE(changed.find(age) != std::string::npos);
    changed.replace(changed.find(age), age.size(), ">Age at informed consent</TranslatedText>");
    const VariableLabels both = importedLabels(store, pilotFolder(dir, "xpt-define", "xpt", changed));
    CHECK(both.at({"ADSL", "AGE"}) == "Age at informed consent");
    CHECK(both.at({"ADSL", "SEX"}) == "Sex");
}

TEST_CASE("a broken define.xml refuses the import naming it, the store unchanged", "[import][labels]") {
    ScratchDir dir;
    Store store = Store::open(dir.file("s.db"));
    importPath(store, pilotFolder(dir, "xpt", "xpt"));
    const StudyData before = *store.loadStudy("CDISCPILOT01");
    const auto folder = pilotFolder(dir, "bad", "csv", "<ODM>\n<ItemGroupDef Name=\"ADSL\">\n</ODM>\n");
    CHECK_THAT(inputError([&] { importPath(store, folder); }), Catch::StartsWith("define.xml:3: not well-formed XML"));
    const StudyData after = *store.loadStudy("CDISCPILOT01");
    CHECK(after.info.labels == before.info.labels);
    CHECK(after.info.dataSha256 == before.info.dataSha256);
}
