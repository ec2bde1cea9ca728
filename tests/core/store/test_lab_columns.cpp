// The team library keeps lab records as packed columns (core/store/lab_columns.h, schema 3): a
// library of schema 2 keeps its lab rows through the upgrade, and a damaged or missing column is
// a StoreError naming the study and the field.
#include <catch2/catch.hpp>

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
            "AND name = 'aval'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("study S") && Contains("packed lab column aval"));
    }
    SECTION("a presence byte other than 0 or 1") {
        library.superuser(
            "UPDATE trialscope.column_cache SET data = overlay(data placing '\\x07'::bytea from length(data)) "
            "WHERE study = 'S' AND kind = 'lab' AND name = 'grade_low'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("packed lab column grade_low"));
    }
    SECTION("an unknown provenance (\"original\" made \"xriginal\")") {
        library.superuser(
            "UPDATE trialscope.column_cache SET data = overlay(data placing 'x'::bytea from 13) "
            "WHERE study = 'S' AND kind = 'lab' AND name = 'provenance'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("packed lab column provenance"));
    }
    SECTION("a column gone") {
        library.superuser("DELETE FROM trialscope.column_cache WHERE study = 'S' AND kind = 'lab' AND name = 'hi'");
        CHECK_THROWS_WITH(store.loadStudy("S"), Contains("study S") && Contains("packed lab column hi"));
    }
}
