// The team library keeps lab records as packed columns (core/store/lab_columns.h, schema 3): a
// library of schema 2 keeps its lab rows through the upgrade, and a damaged or missing column is
// a StoreError naming the study and the field.
#include <catch2/catch.hpp>

#include "core/store/column_blob.h"
#include "core/store/lab_columns.h"
#include "core/store/pg_store.h"
#include "core/store/store.h"
#include "store_fixture.h"

using Catch::Matchers::Contains;
using ts::PgStore;
using ts::Provenance;
using ts::Store;
using ts::test::sampleStudy;
using ts::test::ServerLibrary;

TEST_CASE("a team library of schema 2 is upgraded: its lab rows become packed columns and read the same",
          "[store][server]") {
    const ServerLibrary library;
    library.superuser("DROP SCHEMA trialscope CASCADE");
    REQUIRE(PgStore::open(library.uri(), PgStore::Open::Init, 2)->schemaVersion() == 2);
    library.superuser(
        "INSERT INTO trialscope.study(id, title, time_unit, provenance) VALUES('OLD', 'Old', 'days', 'original'), "
        "('NOLAB', 'No labs', 'days', 'original')");
    library.superuser(
        "INSERT INTO trialscope.lab(study, usubjid, paramcd, param, unit, avisit, avisitn, ady, aval, base, chg, lo, "
        "hi, provenance, by_visit, baseline, derived, adt, anrind, bnrind, grade_high, grade_low, base_grade_high, "
        "base_grade_low) VALUES "
        "('OLD', 'S1', 'ALT', 'Alanine aminotransferase', 'U/L', 'Week 2', 2, 14, 40.5, 30, 10.5, 7, 55, "
        "'reconstructed', 1, 0, 1, '2014-01-16', 'NORMAL', 'LOW', 1, NULL, 0, 2), "
        "('OLD', 'S2', 'BILI', 'Bilirubin', 'umol/L', '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'original', 0, 1, "
        "0, '', '', '', NULL, -1, NULL, NULL), "
        "('OLD', 'S1', 'ALT', 'Alanine aminotransferase', 'U/L', 'Week 4', 4, 28, 0.1, 30, -29.9, 7, 55, "
        "'reconstructed', 1, 0, 0, '2014-01-30', 'LOW', 'LOW', NULL, NULL, NULL, NULL)");

    const Store store = Store::open(library.uri());  // the owner's open migrates
    CHECK(store.schemaVersion() == 3);
    CHECK(library.superuser("SELECT to_regclass('trialscope.lab') IS NULL") == "t");
    CHECK(library.superuser("SELECT count(*) FROM trialscope.column_cache WHERE study = 'OLD' AND kind = 'lab'") ==
          "23");
    CHECK(store.loadStudy("NOLAB")->labs.empty());
    const auto old = store.loadStudy("OLD");
    REQUIRE(old);
    REQUIRE(old->labs.size() == 3);
    const auto& a = old->labs[0];
    CHECK((a.usubjid == "S1" && a.paramcd == "ALT" && a.param == "Alanine aminotransferase" && a.unit == "U/L"));
    CHECK((a.avisit == "Week 2" && a.avisitn == 2.0 && a.ady == 14.0 && a.aval == 40.5 && a.base == 30.0));
    CHECK((a.chg == 10.5 && a.lo == 7.0 && a.hi == 55.0 && a.provenance == Provenance::Reconstructed));
    CHECK((a.byVisit && !a.baseline && a.derived && a.adt == "2014-01-16" && a.anrind == "NORMAL"));
    CHECK((a.bnrind == "LOW" && a.gradeHigh == 1 && !a.gradeLow && a.baseGradeHigh == 0 && a.baseGradeLow == 2));
    const auto& b = old->labs[1];
    CHECK((b.usubjid == "S2" && b.paramcd == "BILI" && b.avisit.empty() && !b.avisitn && !b.aval && !b.hi));
    CHECK((b.provenance == Provenance::Original && !b.byVisit && b.baseline && !b.derived && b.adt.empty()));
    CHECK((!b.gradeHigh && b.gradeLow == -1 && !b.baseGradeHigh && !b.baseGradeLow));
    const auto& c = old->labs[2];
    CHECK((c.avisit == "Week 4" && c.aval == 0.1 && c.chg == -29.9 && !c.derived && c.anrind == "LOW"));
}

TEST_CASE("a damaged or missing packed lab column of the team library names the study and the field",
          "[store][server]") {
    const ServerLibrary library;
    Store store = Store::open(library.uri());
    store.importStudy(sampleStudy("S"));
    REQUIRE(store.loadStudy("S")->labs.size() == 2);
    SECTION("a blob cut short") {
        library.superuser(
            "UPDATE trialscope.column_cache SET data = substring(data from 1 for 9) WHERE study = 'S' AND kind = 'lab' "
            "AND name = 'aval/0'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("study S") && Contains("packed lab column aval/0"));
    }
    SECTION("a presence byte other than 0 or 1") {  // BASE: 30 in the first record, absent in the second
        library.superuser(
            "UPDATE trialscope.column_cache SET data = overlay(data placing '\\x07'::bytea from length(data)) "
            "WHERE study = 'S' AND kind = 'lab' AND name = 'base/0'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("packed lab column base/0"));
    }
    SECTION("an unknown provenance (\"original\" made \"xriginal\")") {
        library.superuser(
            "UPDATE trialscope.column_cache SET data = overlay(data placing 'x'::bytea from 13) "
            "WHERE study = 'S' AND kind = 'lab' AND name = 'provenance/0'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("packed lab column provenance/0"));
    }
    SECTION("a column gone") {
        library.superuser("DELETE FROM trialscope.column_cache WHERE study = 'S' AND kind = 'lab' AND name = 'hi/0'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("study S") && Contains("packed lab column hi/0"));
    }
}

TEST_CASE("optional numbers pack to their short form and read back", "[store]") {
    using ts::OptionalColumn;
    auto roundTrip = [](const std::vector<std::optional<double>>& values, std::size_t bytes) {
        OptionalColumn<double> c;
        for (const auto& v : values) c.push(v);
        const auto packed = ts::packOptional(c);
        CHECK(packed.size() == bytes);
        const auto back = ts::unpackReals(packed, values.size());
        REQUIRE(back);
        for (std::size_t i = 0; i < values.size(); ++i) CHECK(back->at(i) == values[i]);
        // Stored values must be as many as the rows (a column without any holds no count to check).
        if (bytes > 12) CHECK_FALSE(ts::unpackReals(packed, values.size() + 1));
    };
    // The tag, then two counts: values, presence bytes.
    roundTrip({std::nullopt, std::nullopt, std::nullopt}, 12);  // none present: no values
    roundTrip({1.5, -2.0, 0.0}, 12 + 3 * 8);                    // all present: no presence bytes
    roundTrip({1.5, std::nullopt, 0.0}, 12 + 3 * 8 + 3);
    // A long form where the short one applies is refused (only one way to write each column).
    OptionalColumn<std::int32_t> all;
    all.push(4);
    std::vector<std::uint8_t> longForm = ts::packOptional(all);
    longForm[12] = 1;  // after the tag, the count and the value: the presence count 1, then its byte
    longForm.push_back(1);
    CHECK_FALSE(ts::unpackInts(longForm, 1));
}

TEST_CASE("lab records go in blocks, each its 23 columns named FIELD/BLOCK", "[store]") {
    ts::LabColumnsBuilder labs;
    ts::LabRecord r;
    r.usubjid = "S1";
    for (std::size_t i = 0; i < ts::LabColumnsBuilder::kBlockRecords; ++i) labs.add(r);
    CHECK(labs.full());
    const auto first = labs.takeBlock();
    REQUIRE(first.size() == ts::LabColumnsBuilder::kFields);
    CHECK((first[0].name == "usubjid/0" && first[0].ord == 0 && first[0].rows == 65536));
    CHECK((first[22].name == "base_grade_low/0" && first[22].ord == 22));
    labs.add(r);
    const auto second = labs.takeBlock();
    REQUIRE(second.size() == ts::LabColumnsBuilder::kFields);
    CHECK((second[0].name == "usubjid/1" && second[0].ord == 23 && second[0].rows == 1));
    CHECK(labs.takeBlock().empty());
}
