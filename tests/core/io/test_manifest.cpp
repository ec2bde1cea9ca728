// study.json: schema, typed errors naming the key, warnings for unknown keys, refused paths.
#include "core/io/manifest.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;
using ts::test::ScratchDir;

namespace {

std::string manifestError(const std::string& json) {
    ScratchDir dir;
    auto f = dir.write("study.json", json);
    return inputError([&] { readManifest(f); });
}

}  // namespace

TEST_CASE("study.json: every documented key", "[manifest]") {
    ScratchDir dir;
    auto f = dir.write("study.json", R"({
      "id": "S1", "title": "T", "citation": "C", "doi": "10.1/x", "registry": "NCT1",
      "design": "RCT", "population": "P", "time_unit": "months", "provenance": "reconstructed",
      "arms": [{"code": "A", "label": "Arm A", "dose": 2.5, "dose_unit": "mg", "colour": "#112233"},
               {"code": "B"}],
      "population_flags": ["SAFFL", "ITTFL"], "notes": "N",
      "datasets": {"adtte": "reconstructed", "lab_summary": "published-aggregate"},
      "files": {"adsl": "dm.xpt"},
      "extra": 1
    })");
    Manifest m = readManifest(f);
    CHECK(m.info.id == "S1");
    CHECK(m.info.title == "T");
    CHECK(m.info.citation == "C");
    CHECK(m.info.doi == "10.1/x");
    CHECK(m.info.registry == "NCT1");
    CHECK(m.info.design == "RCT");
    CHECK(m.info.population == "P");
    CHECK(m.info.timeUnit == "months");
    CHECK(m.provenance == Provenance::Reconstructed);
    REQUIRE(m.info.arms.size() == 2);
    CHECK(m.info.arms[0].label == "Arm A");
    CHECK(m.info.arms[0].dose == 2.5);
    CHECK(m.info.arms[0].doseUnit == "mg");
    CHECK(m.info.arms[0].colour == "#112233");
    CHECK(m.info.arms[1].label == "B");  // label defaults to code
    CHECK(!m.info.arms[1].dose);
    CHECK(m.info.populationFlags == std::vector<std::string>{"SAFFL", "ITTFL"});
    CHECK(m.info.notes == "N");
    CHECK(m.datasets.at("adtte") == Provenance::Reconstructed);
    CHECK(m.datasets.at("lab_summary") == Provenance::PublishedAggregate);
    CHECK(m.files.at("adsl") == "dm.xpt");
    CHECK(m.warnings == std::vector<std::string>{"study.json:0: unknown key \"extra\" ignored"});
}

TEST_CASE("study.json: wrong types and bad values name the key", "[manifest][bad]") {
    CHECK(manifestError(R"({"title": 3})") == "study.json:0: \"title\" must be a string");
    CHECK(manifestError(R"({"arms": {}})") == "study.json:0: \"arms\" must be an array");
    CHECK(manifestError(R"({"arms": [{"code": "A"}, {"code": "B", "dose": "high"}]})") ==
          "study.json:0: \"arms[1].dose\" must be a number");
    CHECK(manifestError(R"({"arms": [{"label": "A"}]})") == "study.json:0: \"arms[0].code\" is required");
    CHECK(manifestError(R"({"population_flags": ["SAFFL", 1]})") ==
          "study.json:0: \"population_flags[1]\" must be a string");
    CHECK(manifestError(R"({"time_unit": "fortnights"})") ==
          "study.json:0: \"time_unit\" must be one of days, weeks, months, years");
    CHECK(manifestError(R"({"xpt_encoding": "KLINGON-8"})") ==
          "study.json:0: \"xpt_encoding\" is not a known text encoding (e.g. WINDOWS-1252, LATIN1, UTF-8)");
    CHECK(manifestError(R"({"datasets": {"adtte": "guessed"}})") ==
          "study.json:0: \"datasets.adtte\" must be one of original, reconstructed, published-aggregate, illustrative");
    CHECK(manifestError("[1, 2]") == "study.json:0: must hold a JSON object");
    CHECK(manifestError("{\n  \"id\": \"x\",\n  oops\n}") == "study.json:3: invalid JSON: unterminated object");
}

TEST_CASE("study.json: file references must stay inside the study folder", "[manifest][bad]") {
    CHECK(manifestError(R"({"files": {"adsl": "../other/adsl.csv"}})") ==
          "study.json:0: \"files.adsl\" must be a file name in the study folder, not a path ('../other/adsl.csv')");
    CHECK(manifestError(R"({"files": {"adae": "/etc/passwd"}})") ==
          "study.json:0: \"files.adae\" must be a file name in the study folder, not a path ('/etc/passwd')");
    CHECK(manifestError(R"({"files": {"adlb": "sub/adlb.csv"}})") ==
          "study.json:0: \"files.adlb\" must be a file name in the study folder, not a path ('sub/adlb.csv')");
    CHECK(manifestError(R"({"files": {"adlb": ".."}})") ==
          "study.json:0: \"files.adlb\" must be a file name in the study folder, not a path ('..')");
}
