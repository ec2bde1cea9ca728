// Store schema v4: each study's patient-level rows are one rowid range per table (row_range.h).
// Migration makes interleaved rows of older stores contiguous; reads and deletes use the range.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <string>
#include <vector>

#include "core/store/schema.h"
#include "core/store/store.h"
#include "store_fixture.h"

using namespace ts;
using ts::test::sampleStudy;
using ts::test::ScratchDir;

namespace {

const std::vector<std::string> kRanged{"subject", "subject_var", "tte", "lab", "ae"};

// Runs `sql` (one statement, text parameters) and returns column 0 of every row as text.
std::vector<std::string> rows(sqlite3* db, const std::string& sql, const std::vector<std::string>& params = {}) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    for (size_t i = 0; i < params.size(); ++i)
        sqlite3_bind_text(st, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
    std::vector<std::string> out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        auto p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        out.emplace_back(p ? p : "");
    }
    sqlite3_finalize(st);
    return out;
}

// Every recorded range holds only its study's rows and every row of a ranged table is inside its
// study's range.
void checkRanges(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    for (const auto& t : kRanged) {
        INFO("table " << t);
        CHECK(rows(db,
                   "SELECT count(*) FROM row_range r JOIN " + t +
                       " x ON x.rowid BETWEEN r.first_rowid AND "
                       "r.last_rowid WHERE r.tbl = ?1 AND x.study <> r.study",
                   {t}) == std::vector<std::string>{"0"});
        CHECK(rows(db,
                   "SELECT count(*) FROM " + t +
                       " x WHERE NOT EXISTS (SELECT 1 FROM row_range r WHERE "
                       "r.tbl = ?1 AND r.study = x.study AND x.rowid BETWEEN r.first_rowid AND r.last_rowid)",
                   {t}) == std::vector<std::string>{"0"});
    }
    sqlite3_close(db);
}

std::vector<std::string> tteSubjects(const StudyData& d) {
    std::vector<std::string> out;
    for (const auto& r : d.tte) out.push_back(r.usubjid + "/" + r.paramcd);
    return out;
}

}  // namespace

TEST_CASE("ranged tables have no secondary index and reads scan the rowid range", "[store]") {
    ScratchDir dir;
    auto file = dir.file("t.db");
    Store::open(file).importStudy(sampleStudy("S"));
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    for (const auto& t : kRanged) {
        INFO("table " << t);
        CHECK(rows(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?1", {t}) ==
              std::vector<std::string>{"0"});
        sqlite3_stmt* st = nullptr;
        std::string sql = "EXPLAIN QUERY PLAN SELECT * FROM " + t + " WHERE rowid BETWEEN ? AND ? AND study = ?";
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        // EXPLAIN QUERY PLAN columns: id, parent, notused, detail.
        std::string detail = reinterpret_cast<const char*>(sqlite3_column_text(st, 3));
        sqlite3_finalize(st);
        CHECK_THAT(detail, Catch::Matchers::Contains("USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)"));
    }
    sqlite3_close(db);
    checkRanges(file);
}

TEST_CASE("a v3 store with interleaved studies migrates to contiguous ranges", "[store]") {
    ScratchDir dir;
    auto file = dir.file("v3.db");
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        migrate(db, file, 3);
        // Rows of A and B alternate in every patient-level table, as no v4 writer would leave them.
        std::string sql =
            "INSERT INTO study(id, title, time_unit, provenance) VALUES('A','a','days','original'),"
            "('B','b','days','original');";
        for (int k = 0; k < 4; ++k)
            for (const char* s : {"A", "B"}) {
                const std::string id = std::string(s) + std::to_string(k);
                sql += "INSERT INTO subject(study, usubjid) VALUES('" + std::string(s) + "','" + id +
                       "');"
                       "INSERT INTO subject_var(study, usubjid, name, value) VALUES('" +
                       s + "','" + id + "','ARM','" + s +
                       "');"
                       "INSERT INTO tte(study, usubjid, paramcd, param, aval, cnsr, provenance) VALUES('" +
                       s + "','" + id + "','OS','OS'," + std::to_string(k + 1) +
                       ",0,'original');"
                       "INSERT INTO lab(study, usubjid, paramcd, param, aval, by_visit) VALUES('" +
                       s + "','" + id + "','ALT','ALT'," + std::to_string(10 * k) + "," + std::to_string(k % 2) +
                       ");"
                       "INSERT INTO ae(study, usubjid, bodsys, decod) VALUES('" +
                       s + "','" + id + "','SOC','PT');";
            }
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    Store store = Store::open(file);
    CHECK(store.schemaVersion() == 8);
    checkRanges(file);
    for (const char* s : {"A", "B"}) {
        auto d = store.loadStudy(s);
        REQUIRE(d);
        REQUIRE(d->subjects.size() == 4);
        // The v5 migration packed the study's columns from its rows.
        const auto slice = store.survivalSlice(s, "OS", {"ARM"});
        REQUIRE(slice);
        REQUIRE(slice->tte);
        CHECK(slice->tte->aval == std::vector<double>{1, 2, 3, 4});
        CHECK(slice->tte->subject == std::vector<std::int32_t>{0, 1, 2, 3});
        CHECK(slice->adsl.find("ARM")->levels == std::vector<std::string>{s});
        REQUIRE(d->labs.size() == 4);
        CHECK(d->aes.size() == 4);
        for (size_t k = 0; k < 4; ++k) {
            const std::string id = std::string(s) + std::to_string(k);
            CHECK(d->subjects[k].usubjid == id);
            CHECK(d->subjects[k].vars.at("ARM") == s);
            CHECK(d->tte[k].usubjid == id);
            CHECK(d->tte[k].aval == static_cast<double>(k + 1));
            CHECK(d->labs[k].aval == 10.0 * static_cast<double>(k));
            CHECK(d->labs[k].byVisit == (k % 2 == 1));
        }
    }
    CHECK(store.deleteStudy("A"));
    CHECK_FALSE(store.loadStudy("A"));
    CHECK(store.loadStudy("B")->tte.size() == 4);
    checkRanges(file);
}

TEST_CASE("replace, delete and import keep every study's rows apart", "[store]") {
    ScratchDir dir;
    auto file = dir.file("t.db");
    Store store = Store::open(file);
    auto study = [](const std::string& id, int copies) {
        StudyData d = sampleStudy(id);
        const auto tte = d.tte;
        for (int k = 1; k < copies; ++k)
            for (auto r : tte) {
                r.usubjid += "-" + std::to_string(k);
                d.tte.push_back(r);
            }
        return d;
    };
    for (const char* id : {"A", "B", "C"}) store.importStudy(study(id, 2));
    store.importStudy(study("B", 5));  // replaced: its new rows follow C's
    CHECK(store.deleteStudy("A"));
    store.importStudy(study("D", 3));  // takes rowids after the highest remaining ones
    checkRanges(file);
    CHECK_FALSE(store.loadStudy("A"));
    for (const auto& [id, copies] : {std::pair{"B", 5}, std::pair{"C", 2}, std::pair{"D", 3}}) {
        auto got = store.loadStudy(id);
        REQUIRE(got);
        CHECK(tteSubjects(*got) == tteSubjects(study(id, copies)));
        CHECK(got->labs.size() == 2);
        CHECK(got->subjects.size() == 2);
    }
}
