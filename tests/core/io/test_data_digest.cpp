// The SHA-256 fingerprint an import keeps per study (core/io/data_digest.h).
#include "core/io/data_digest.h"
#include "core/io/study_importer.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::ScratchDir;

namespace {

const std::string adsl = "STUDYID,USUBJID,TRT01A\nD1,D1-1,Drug\nD1,D1-2,Placebo\n";  // 52 bytes
const std::string adtte =
    "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n"
    "D1,D1-1,OS,Overall survival,10,0\n"
    "D1,D1-2,OS,Overall survival,12.5,1\n";  // 108 bytes

std::string importedDigest(const std::filesystem::path& folder, const std::filesystem::path& db) {
    Store store = Store::open(db);
    importPath(store, folder);
    return store.studies().at(0).info.dataSha256;
}

}  // namespace

TEST_CASE("Data digest: SHA-256 over each file's name, size and bytes", "[import][digest]") {
    ScratchDir dir;
    dir.write("d1/adsl.csv", adsl);
    dir.write("d1/adtte.csv", adtte);
    // printf 'adsl.csv\0%s\0<adsl>adtte.csv\0%s\0<adtte>' 52 108 | sha256sum (coreutils 9.1)
    const std::string expected = "cabaeb64bf31a00b47a4ab63a255497927ef408671beb42808b6f766fe8dbf26";
    CHECK(dataDigest(planImport(dir.path() / "d1")) == expected);
    CHECK(importedDigest(dir.path() / "d1", dir.file("a.db")) == expected);
}

TEST_CASE("Data digest: the same files give the same digest, any change another", "[import][digest]") {
    ScratchDir dir;
    dir.write("d1/adsl.csv", adsl);
    dir.write("d1/adtte.csv", adtte);
    const std::string first = importedDigest(dir.path() / "d1", dir.file("a.db"));
    CHECK(importedDigest(dir.path() / "d1", dir.file("b.db")) == first);  // another store, same files

    dir.write("d1/adtte.csv", adtte.substr(0, adtte.size() - 3) + "0\n");  // one subject's CNSR 1 -> 0 (same size)
    CHECK(dataDigest(planImport(dir.path() / "d1")) != first);
    dir.write("d1/adtte.csv", adtte);
    CHECK(dataDigest(planImport(dir.path() / "d1")) == first);
    dir.write("d1/study.json", R"({"id": "D1"})");  // a manifest counts
    CHECK(dataDigest(planImport(dir.path() / "d1")) != first);
}
