// The SAS7BDAT and CDISC Dataset-JSON readers (core/io/sas7bdat_reader.h, dataset_json_reader.h)
// against the XPT reader on the CDISC pilot: the same datasets written by R's haven (SAS7BDAT) and
// jsonlite (Dataset-JSON v1.1, .json and .ndjson) from the delivered XPT files
// (tests/reference/formats/pilot_formats.R; tests/data/cdiscpilot01_formats.tar.xz) read to the same
// header (names and variable labels) and the same values row by row; a study folder of them imports as the same study; their
// errors name the file and the row.
#include <algorithm>
#include <fstream>

#include "core/io/dataset_json_reader.h"
#include "core/io/import_plan.h"
#include "core/io/read_dataset.h"
#include "core/io/sas7bdat_reader.h"
#include "core/io/study_importer.h"
#include "core/io/xpt_reader.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;
using ts::test::RecordingSink;
using ts::test::ScratchDir;

namespace {

const std::filesystem::path kFormats(TRIALSCOPE_PILOT_FORMATS_DIR);

RecordingSink read(const std::filesystem::path& file) {
    RecordingSink s;
    readDataset(file, s);
    return s;
}

// The delivered XPT, ADLB cut to the liver tests as the other formats keep it.
RecordingSink delivered(const std::string& domain) {
    RecordingSink s = read(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / (domain + ".xpt"));
    if (domain != "adlb") return s;
    const auto col = std::find(s.head.columns.begin(), s.head.columns.end(), "PARAMCD") - s.head.columns.begin();
    RecordingSink liver;
    liver.head = s.head;
    for (const auto& row : s.rows)
        if (row[static_cast<size_t>(col)] == "ALT" || row[static_cast<size_t>(col)] == "AST" ||
            row[static_cast<size_t>(col)] == "BILI" || row[static_cast<size_t>(col)] == "ALKPH")
            liver.rows.push_back(row);
    return liver;
}

void sameDataset(const RecordingSink& theirs, const RecordingSink& ours) {
    CHECK(ours.head.columns == theirs.head.columns);
    CHECK(ours.head.labels == theirs.head.labels);
    REQUIRE(ours.rows.size() == theirs.rows.size());
    for (size_t r = 0; r < ours.rows.size(); ++r) {
        INFO("row " << r + 1);
        REQUIRE(ours.rows[r] == theirs.rows[r]);
    }
}

std::filesystem::path write(const ScratchDir& dir, const std::string& name, const std::string& bytes) {
    std::ofstream(dir.path() / name, std::ios::binary) << bytes;
    return dir.path() / name;
}

const std::string kMeta =
    R"({"datasetJSONCreationDateTime":"2026-12-04T12:00:00","datasetJSONVersion":"1.1.0","itemGroupOID":"IG.ADTTE",)"
    R"("records":2,"name":"ADTTE","label":"ADTTE","columns":[{"itemOID":"IT.USUBJID","name":"USUBJID","label":"U",)"
    R"("dataType":"string"},{"itemOID":"IT.AVAL","name":"AVAL","label":"A","dataType":"double"},)"
    R"({"itemOID":"IT.ADT","name":"ADT","label":"D","dataType":"date"}]})";

}  // namespace

TEST_CASE("SAS7BDAT and Dataset-JSON copies of the pilot read as the delivered XPT, value for value",
          "[import][pilot][formats]") {
    for (const std::string domain : {"adsl", "adtte", "adlb", "adae"}) {
        INFO(domain);
        const RecordingSink xpt = delivered(domain);
        sameDataset(xpt, read(kFormats / "sas7bdat" / (domain + ".sas7bdat")));
        const std::string json = domain == "adsl" || domain == "adtte" ? domain + ".json" : domain + ".ndjson";
        sameDataset(xpt, read(kFormats / "json" / json));
    }
    // The names the files store: haven's write_sas calls every table DATASET (the importer then
    // goes by the file name); Dataset-JSON's "name".
    CHECK(sas7bdatDatasetName(kFormats / "sas7bdat" / "adae.sas7bdat") == "DATASET");
    CHECK(datasetJsonName(kFormats / "json" / "adlb.ndjson") == "ADLB");
    CHECK(datasetJsonName(kFormats / "json" / "adsl.json") == "ADSL");
}

TEST_CASE("a study folder of SAS7BDAT or Dataset-JSON files imports as the pilot", "[import][pilot][formats]") {
    ScratchDir dir;
    Store store = Store::open(dir.path() / "s.db");
    std::filesystem::create_directories(dir.path() / "xpt");
    for (const char* d : {"adsl", "adtte", "adae"})
        std::filesystem::create_symlink(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / (std::string(d) + ".xpt"),
                                        dir.path() / "xpt" / (std::string(d) + ".xpt"));
    importPath(store, dir.path() / "xpt");
    const StudyData xpt = *store.loadStudy("CDISCPILOT01");
    for (const char* format : {"sas7bdat", "json"}) {
        INFO(format);
        const ImportSummary summary = importPath(store, kFormats / format);
        // As from the XPT files: the pilot's ADTTE has no AVALU.
        REQUIRE(summary.warnings.size() == 1);
        CHECK_THAT(summary.warnings[0], Catch::Contains("no AVALU and no time_unit"));
        const StudyData other = *store.loadStudy("CDISCPILOT01");
        CHECK(other.subjects.size() == 306);
        CHECK(other.tte.size() == xpt.tte.size());
        CHECK(other.aes.size() == xpt.aes.size());
        CHECK(other.labs.size() == 10024);  // R: sum(adlb$PARAMCD %in% c("ALT", "AST", "BILI", "ALKPH"))
        for (size_t i = 0; i < other.subjects.size(); ++i) REQUIRE(other.subjects[i].vars == xpt.subjects[i].vars);
    }
}

TEST_CASE("the format closest to the original is imported when a folder holds two", "[import][formats]") {
    ScratchDir dir;
    for (const char* name : {"adsl.csv", "adsl.xpt"})
        std::filesystem::create_symlink(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / name, dir.path() / name);
    std::filesystem::create_symlink(kFormats / "json" / "adsl.json", dir.path() / "adsl.json");
    std::filesystem::create_symlink(kFormats / "sas7bdat" / "adsl.sas7bdat", dir.path() / "adsl.sas7bdat");
    const ImportPlan plan = planImport(dir.path());
    CHECK(plan.datasets.at(Domain::Adsl).filename() == "adsl.xpt");
    std::filesystem::remove(dir.path() / "adsl.xpt");
    CHECK(planImport(dir.path()).datasets.at(Domain::Adsl).filename() == "adsl.sas7bdat");
    std::filesystem::remove(dir.path() / "adsl.sas7bdat");
    CHECK(planImport(dir.path()).datasets.at(Domain::Adsl).filename() == "adsl.json");
}

TEST_CASE("Dataset-JSON: types, missing values and NDJSON lines", "[import][formats]") {
    ScratchDir dir;
    RecordingSink s;
    readDatasetJson(write(dir, "adtte.ndjson", kMeta + "\n[\"U1\",5.5,\"2014-01-02\"]\n[\"U2\",null,null]\n"), s);
    CHECK(s.head.columns == std::vector<std::string>{"USUBJID", "AVAL", "ADT"});
    CHECK(s.head.name == "ADTTE");
    CHECK(s.rows == std::vector<std::vector<std::string>>{{"U1", "5.5", "2014-01-02"}, {"U2", "<NA>", "<NA>"}});
    CHECK(s.lines == std::vector<long>{2, 3});
    CHECK(s.kinds[0][1] == Value::Kind::Number);
    // A decimal arrives as text in v1.1.
    std::string decimal = kMeta;
    decimal.replace(decimal.find("\"double\""), 8, "\"decimal\"");
    RecordingSink d;
    readDatasetJson(
        write(dir, "d.json", decimal.substr(0, decimal.size() - 1) + R"(,"rows":[["U1","0.1",null],["U2",7,null]]})"),
        d);
    CHECK(d.rows[0][1] == "0.1");
    CHECK(d.rows[1][1] == "7");
}

TEST_CASE("Dataset-JSON: every refusal names the file and the row", "[import][formats][faults]") {
    ScratchDir dir;
    RecordingSink s;
    auto refused = [&](const std::string& name, const std::string& bytes) {
        return inputError([&] { readDatasetJson(write(dir, name, bytes), s); });
    };
    std::string v10 = kMeta;
    v10.replace(v10.find("1.1.0"), 5, "1.0.0");
    CHECK(refused("a.ndjson", v10 + "\n") == "a.ndjson:0: Dataset-JSON version 1.0.0 (TrialScope reads 1.1)");
    CHECK(refused("a.ndjson", kMeta + "\n[\"U1\",5,\"2014-01-02\"]\n[\"U2\",5]\n") ==
          "a.ndjson:3: row 2 has 2 values; \"columns\" names 3");
    CHECK(refused("a.ndjson", kMeta + "\n[\"U1\",\"five\",null]\n") ==
          "a.ndjson:2: AVAL: expected a number, got \"five\"");
    CHECK(refused("a.ndjson", kMeta + "\n[\"U1\",5,null]\n") ==
          "a.ndjson:0: \"records\" says 2 but the file holds 1 rows (cut short?)");
    CHECK(refused("a.ndjson", kMeta + "\n[\"U1\",5,null\n").rfind("a.ndjson:2: not JSON (", 0) == 0);
    CHECK(refused("a.json", "{\"datasetJSONVersion\": \"1.1.0\",\n \"columns\": [}").rfind("a.json:2: not JSON (", 0) ==
          0);
    CHECK(refused("a.json", R"({"name":"ADSL"})") == "a.json:0: no \"datasetJSONVersion\": not a Dataset-JSON file");
    std::string odd = kMeta;
    odd.replace(odd.find("\"date\""), 6, "\"money\"");
    CHECK(refused("a.ndjson", odd + "\n") == "a.ndjson:0: ADT: unknown dataType \"money\"");
    CHECK(refused("a.ndjson", kMeta + "\n") == "a.ndjson:0: no records");
    CHECK(refused("a.ndjson", "") == "a.ndjson:0: empty file");
}

TEST_CASE("SAS7BDAT: a file cut short or not SAS is refused naming it", "[import][formats][faults]") {
    ScratchDir dir;
    std::ifstream in(kFormats / "sas7bdat" / "adtte.sas7bdat", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    RecordingSink s;
    const std::string cut = inputError([&] { readSas7bdat(write(dir, "adtte.sas7bdat", bytes.substr(0, 70000)), s); });
    CHECK(cut.rfind("adtte.sas7bdat:", 0) == 0);
    CHECK_THAT(cut, Catch::Contains("not a readable SAS7BDAT file"));
    CHECK(inputError([&] {
              readSas7bdat(write(dir, "x.sas7bdat", std::string(4096, 'x')), s);
          }).rfind("x.sas7bdat:0: not a readable SAS7BDAT file: ", 0) == 0);
}
