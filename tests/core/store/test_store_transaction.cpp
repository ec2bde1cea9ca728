// Store: replace is atomic, delete removes every row, a destroyed writer rolls back.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include "core/store/store.h"
#include "store_fixture.h"

using namespace ts;
using ts::test::FreshStore;
using ts::test::sampleStudy;
using ts::test::ScratchDir;

namespace {

// Rows of `study` in every table of the schema that has a study column (and the study table).
long long rowsOf(const std::filesystem::path& file, const std::string& study) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    std::vector<std::string> tables;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                       "WHERE m.type = 'table' AND c.name = 'study'",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    CHECK(tables.size() == 16);
    tables.push_back("study");
    long long total = 0;
    for (const auto& t : tables) {
        std::string sql = "SELECT count(*) FROM " + t + " WHERE " + (t == "study" ? "id" : "study") + " = ?";
        sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
        sqlite3_bind_text(st, 1, study.c_str(), -1, SQLITE_TRANSIENT);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        long long n = sqlite3_column_int64(st, 0);
        total += n;
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return total;
}

}  // namespace

TEST_CASE("delete removes every row of the study and nothing else", "[store]") {
    ScratchDir dir;
    auto file = dir.file("t.db");
    Store store = Store::open(file);
    store.importStudy(sampleStudy("KEEP"));
    store.importStudy(sampleStudy("GONE"));
    const long long before = rowsOf(file, "GONE");
    // 1 study + 2 arms + 2 flags + 2 subjects + 5 vars + 3 tte + 2 lab + 2 ae + 4 aggregates
    // + 8 dataset rows (domain x provenance) + 5 study_param rows (3 endpoints, 2 lab parameters)
    // + 5 row_range rows (subject, subject_var, tte, lab, ae)
    // + 6 column_cache rows (the subjects, 3 ADSL variables, 2 endpoints) + 3 variable labels
    CHECK(before == 50);
    CHECK(store.deleteStudy("GONE"));
    CHECK(rowsOf(file, "GONE") == 0);
    CHECK(rowsOf(file, "KEEP") == before);
    CHECK_FALSE(store.deleteStudy("GONE"));
    CHECK(store.studies().size() == 1);
}

TEST_CASE("replaceStudy swaps the whole study in one transaction", "[store]") {
    const FreshStore fresh(GENERATE(as<std::string>{}, "sqlite", "postgresql"));
    Store store = Store::open(fresh.location());
    store.importStudy(sampleStudy("S"));

    StudyData smaller = sampleStudy("S");
    smaller.tte.resize(1);
    smaller.labs.clear();
    smaller.info.title = "second";
    store.importStudy(smaller);
    auto got = store.loadStudy("S");
    REQUIRE(got);
    CHECK(got->info.title == "second");
    CHECK(got->tte.size() == 1);
    CHECK(got->labs.empty());
    CHECK(store.studies().size() == 1);
    CHECK(store.studies()[0].endpoints == std::vector<std::string>{"OS", "EFS"});

    SECTION("an abandoned replacement leaves the old study in place") {
        {
            StudyWriter w = store.replaceStudy(sampleStudy("S").info);
            w.tte(sampleStudy("S").tte[0]);
        }
        auto again = store.loadStudy("S");
        REQUIRE(again);
        CHECK(again->info.title == "second");
        CHECK(again->tte.size() == 1);
    }
    SECTION("a committed writer refuses more rows") {
        StudyWriter w = store.replaceStudy(smaller.info);
        w.commit();
        CHECK_THROWS_AS(w.tte(smaller.tte[0]), StoreError);
    }
}

TEST_CASE("a destroyed writer leaves the store file byte-identical", "[store]") {
    ScratchDir dir;
    auto file = dir.file("t.db");
    Store::open(file).importStudy(sampleStudy("OLD"));
    const std::string bytes = test::readBytes(file);
    REQUIRE(bytes.size() > 0);
    {
        Store store = Store::open(file);
        StudyData big = sampleStudy("OLD");
        StudyWriter w = store.replaceStudy(big.info);
        for (int k = 0; k < 20000; ++k) {  // enough rows to spill pages out of the cache
            big.labs[0].usubjid = std::string("S").append(std::to_string(k));
            w.lab(big.labs[0]);
        }
    }
    CHECK(test::readBytes(file) == bytes);
    CHECK_FALSE(std::filesystem::exists(file.string() + "-wal"));
    CHECK(Store::open(file).loadStudy("OLD")->labs.size() == 2);
}

TEST_CASE("delete on the team library removes every row of the study, its grants and nothing else", "[store][server]") {
    const ts::test::ServerLibrary library;
    library.makeRole("ts_viewer");
    Store store = Store::open(library.uri());
    store.importStudy(sampleStudy("KEEP"));
    store.importStudy(sampleStudy("GONE"));
    store.grant("GONE", "ts_viewer", StudyAccess::Read);
    // Rows of `study` in every table of schema trialscope with a study column (and the study table).
    auto rowsOf = [&library](const std::string& study) {
        const std::string sql =
            "SELECT sum((xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM trialscope.%I "
            "WHERE %I = %L', c.table_name, c.column_name, '" +
            study +
            "'), false, true, '')))[1]::text::bigint) FROM information_schema.columns c "
            "WHERE c.table_schema = 'trialscope' AND (c.column_name = 'study' OR (c.table_name = 'study' AND "
            "c.column_name = 'id'))";
        return std::stoll(library.superuser(sql));
    };
    // As on SQLite (above) without the 5 row_range rows, with the grant: 1 + 2 + 2 + 2 + 5 + 3 + 2 + 2 + 4
    // + 8 dataset + 5 study_param + 6 column_cache + 3 variable_label + 1 study_grant = 46, with the 2
    // lab records (the 7th term) kept as 23 packed columns (lab_columns.h): 46 - 2 + 23.
    const long long before = rowsOf("GONE");
    CHECK(before == 67);
    CHECK(store.deleteStudy("GONE"));
    CHECK(rowsOf("GONE") == 0);
    CHECK(rowsOf("KEEP") == before - 1);  // KEEP has no grant
    CHECK_FALSE(store.deleteStudy("GONE"));
    CHECK(store.studies().size() == 1);
}
