#include <iterator>

#include "core/io/domain.h"
#include "core/io/sas_time.h"
#include "core/io/study_importer.h"
#include "core/io/xpt_reader.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::fixtureDir;
using ts::test::inputError;
using ts::test::pilotDir;
using ts::test::RecordingSink;
using ts::test::ScratchDir;

TEST_CASE("XPT v5 and v8: names, values, dates, special missing", "[xpt]") {
    for (const char* file : {"types_v5.xpt", "types_v8.xpt"}) {
        INFO(file);
        RecordingSink s;
        readXpt(fixtureDir() / file, s);
        CHECK(s.head.name == "MIXED");
        CHECK(s.head.file == file);
        REQUIRE(s.head.columns == std::vector<std::string>{"USUBJID", "AVAL", "DT", "DTM", "TM", "DT2", "DTM2", "DT3"});
        REQUIRE(s.rows.size() == 3);
        // Expected values: R haven::read_xpt of the same file (data/make_xpt_fixtures.out).
        CHECK(s.rows[0] == std::vector<std::string>{"S-1", "1.5", "2014-01-02", "2014-07-02T23:59:59", "00:00:00",
                                                    "2014-01-02", "2014-07-02T23:59:59", "2014-01-02"});
        // .A (AVAL) is missing; the trailing blanks of "S-2  " are trimmed; 1959-12-31 is SAS day -1.
        CHECK(s.rows[1] == std::vector<std::string>{"S-2", "<NA>", "1959-12-31", "1960-01-01T00:00:00", "01:01:01",
                                                    "1959-12-31", "1960-01-01T00:00:00", "1959-12-31"});
        // 0.1 + 0.2 is stored as 0.30000000000000004 and read back rounded to 15 digits; ._ is missing.
        CHECK(s.rows[2] == std::vector<std::string>{"S-3", "0.3", "2000-02-29", "2012-08-05T12:30:00", "<NA>",
                                                    "2000-02-29", "2012-08-05T12:30:00", "2000-02-29"});
        CHECK(s.kinds[0][1] == Value::Kind::Number);
        CHECK(s.kinds[0][2] == Value::Kind::Text);
        CHECK(s.lines == std::vector<long>{1, 2, 3});
    }
}

TEST_CASE("XPT: dataset name tells the domain when the file name does not", "[xpt][domain]") {
    CHECK(xptDatasetName(fixtureDir() / "lab_export.xpt") == "ADLB");
    CHECK(detectDomain(fixtureDir() / "lab_export.xpt") == Domain::Adlb);
    CHECK(detectDomain("ADSL.CSV") == Domain::Adsl);
    CHECK(detectDomain("study_adae_v2.csv") == Domain::Adae);
    CHECK(detectDomain("notes.csv") == std::nullopt);
    CHECK(detectDomain("adsl_adae.csv") == std::nullopt);  // names two domains
}

TEST_CASE("XPT: a file that is not SAS transport is refused", "[xpt][bad]") {
    ScratchDir dir;
    auto f = dir.write("junk.xpt", std::string(400, 'x'));
    RecordingSink s;
    std::string msg = inputError([&] { readXpt(f, s); });
    CHECK(msg == "junk.xpt:0: not a readable SAS transport file: Invalid file, or file has unsupported features");
    auto cut = dir.write("cut.xpt", std::string(401, 'x'));
    CHECK(inputError([&] { readXpt(cut, s); }) ==
          "cut.xpt:0: truncated or not a SAS transport file (401 bytes is not a whole number of 80-byte records)");
}

TEST_CASE("SAS formats and canonical date-times", "[xpt][dates]") {
    CHECK(sasTimeKind("DATE9.") == SasTimeKind::Date);
    CHECK(sasTimeKind("YYMMDD10") == SasTimeKind::Date);
    CHECK(sasTimeKind("E8601DA10.") == SasTimeKind::Date);
    CHECK(sasTimeKind("DATETIME20.") == SasTimeKind::Datetime);
    CHECK(sasTimeKind("E8601DT19.") == SasTimeKind::Datetime);
    CHECK(sasTimeKind("TIME8.") == SasTimeKind::Time);
    CHECK(sasTimeKind("BEST12.") == SasTimeKind::None);
    CHECK(sasTimeKind("8.2") == SasTimeKind::None);
    // R: as.Date(19723, origin = "1960-01-01") prints "2013-12-31"
    CHECK(formatSasTime(SasTimeKind::Date, 19723) == "2013-12-31");
    CHECK(formatSasTime(SasTimeKind::Datetime, -1) == "1959-12-31T23:59:59");
    CHECK(canonicalDateTime("2014-07-02 23:59:59") == "2014-07-02T23:59:59");
    CHECK(canonicalDateTime("2014-07-02T23:59") == "2014-07-02T23:59:00");
    CHECK(canonicalDateTime("2014-07-02T00:00:00") == "2014-07-02");
    CHECK(canonicalDateTime("2014-07-02") == "2014-07-02");
    CHECK(canonicalDateTime("2014-07-02 xx") == "2014-07-02 xx");
}

TEST_CASE("XPT: errors name the record number, no records is an error", "[xpt][bad]") {
    ScratchDir dir;
    Store store = Store::open(dir.path() / "s.db");
    CHECK(inputError([&] { importPath(store, fixtureDir() / "bad_adtte.xpt"); }) ==
          "bad_adtte.xpt:2: AVAL must be >= 0 (got -1)");
    RecordingSink s;
    CHECK(inputError([&] { readXpt(fixtureDir() / "empty_adtte.xpt", s); }) == "empty_adtte.xpt:0: no records");
    CHECK(s.head.columns == std::vector<std::string>{"STUDYID", "USUBJID", "PARAMCD", "AVAL", "CNSR"});
    CHECK(store.studies().empty());
}

namespace {

std::string fileBytes(const std::filesystem::path& f) {
    std::ifstream in(f, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("XPT: a negative time of day is refused with its record", "[xpt][bad]") {
    // types_v5.xpt row 2 has TM = 3661 s (01:01:01), stored as the IBM double 43 E4 D0 00 ...;
    // -5 is C1 50 00 00 .... It once came out as "00:00:-5".
    std::string bytes = fileBytes(fixtureDir() / "types_v5.xpt");
    const std::string tm3661("\x43\xE4\xD0\0\0\0\0\0", 8), minus5("\xC1\x50\0\0\0\0\0\0", 8);
    const auto at = bytes.find(tm3661);
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 8, minus5);
    ScratchDir dir;
    RecordingSink s;
    CHECK(inputError([&] { readXpt(dir.write("negative_time.xpt", bytes), s); }) ==
          "negative_time.xpt:2: TM: -5 is not a SAS time of day (0 to 86399 seconds)");
    CHECK_FALSE(sasTimeInRange(SasTimeKind::Time, -5));
    CHECK_FALSE(sasTimeInRange(SasTimeKind::Time, 86400));
    CHECK(sasTimeInRange(SasTimeKind::Time, 86399));
}

TEST_CASE("XPT: text that is not UTF-8 is refused unless study.json names its encoding", "[xpt][encoding]") {
    // The pilot's ADSL with one "Placebo" spelt in Latin-1 bytes as "Placeb\xE9" (é).
    std::string bytes = fileBytes(pilotDir() / "adsl.xpt");
    const auto at = bytes.find("Placebo");
    REQUIRE(at != std::string::npos);
    bytes[at + 6] = '\xE9';
    ScratchDir dir;
    const auto file = dir.write("adsl.xpt", bytes);
    RecordingSink s;
    const std::string msg = inputError([&] { readXpt(file, s); });
    CHECK_THAT(msg, Catch::Matches("adsl\\.xpt:[0-9]+: [A-Z0-9]+: text is not UTF-8 \\(invalid UTF-8\\); if the file "
                                   "was written in another encoding, name it in study.json, e\\.g\\. "
                                   "\"xpt_encoding\": \"WINDOWS-1252\""));

    RecordingSink latin;
    readXpt(file, latin, "WINDOWS-1252");
    bool found = false;
    for (const auto& row : latin.rows)
        for (const auto& v : row) found = found || v == "Placeb\xC3\xA9";  // é in UTF-8
    CHECK(found);
}

TEST_CASE("XPT: a transport file of two members is refused, not read on into the second", "[xpt][bad]") {
    const std::string adtte = fileBytes(pilotDir() / "adtte.xpt");
    const size_t member = adtte.find("HEADER RECORD*******MEMBER");
    REQUIRE(member != std::string::npos);
    ScratchDir dir;
    RecordingSink s;
    CHECK(inputError([&] { readXpt(dir.write("two.xpt", adtte + adtte.substr(member)), s); }) ==
          "two.xpt:0: holds 2 datasets (members); a transport file given to TrialScope holds one dataset");
}
